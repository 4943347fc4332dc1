package io.github.authadapter.sample;

import java.time.Instant;

import io.github.authadapter.session.SessionAuthentication;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The notes page of the signed-in user: the list, newest first, a form to write one, and a delete button per note.
 */
@Controller
class NotesController {

	private final NoteRepository notes;

	NotesController(NoteRepository notes) {
		this.notes = notes;
	}

	@GetMapping("/notes")
	String notes(SessionAuthentication authentication, Model model) {
		return page(authentication, model, "", "", null);
	}

	@PostMapping("/notes")
	@Transactional
	String write(SessionAuthentication authentication, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String body, Model model,
			HttpServletResponse response) {
		String problem = problem(title.strip(), body.strip());
		if (problem != null) {
			// The typed text stays in the form, to be corrected.
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(authentication, model, title, body, problem);
		}
		this.notes.save(new Note(userId(authentication), title.strip(), body.strip(), Instant.now()));
		return "redirect:/notes";
	}

	@PostMapping("/notes/{id}/delete")
	@Transactional
	String delete(SessionAuthentication authentication, @PathVariable long id) {
		Note note = this.notes.findByIdAndUserId(id, userId(authentication))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.notes.delete(note);
		return "redirect:/notes";
	}

	private String page(SessionAuthentication authentication, Model model, String title, String body,
			@Nullable String problem) {
		model.addAttribute("notes", this.notes.findByUserIdOrderByUpdatedAtDesc(userId(authentication))
			.stream()
			.map((note) -> new NoteRow(note.getId(), note.getTitle(), note.getBody(),
					DisplayTimes.format(note.getUpdatedAt())))
			.toList());
		model.addAttribute("title", title);
		model.addAttribute("body", body);
		model.addAttribute("problem", problem);
		model.addAttribute("maxTitle", Note.MAX_TITLE);
		model.addAttribute("maxBody", Note.MAX_BODY);
		return "notes";
	}

	private static @Nullable String problem(String title, String body) {
		if (title.isEmpty()) {
			return "Give the note a title.";
		}
		if (title.length() > Note.MAX_TITLE) {
			return "The title is longer than " + Note.MAX_TITLE + " characters.";
		}
		if (body.length() > Note.MAX_BODY) {
			return "The note is longer than " + Note.MAX_BODY + " characters.";
		}
		return null;
	}

	private static Long userId(SessionAuthentication authentication) {
		return Long.valueOf(authentication.getName());
	}

	/**
	 * A note as the page lists it.
	 *
	 * @param id the note's id, for its delete button
	 * @param title the title
	 * @param body the text
	 * @param updated when it was written, for display
	 */
	record NoteRow(Long id, String title, String body, String updated) {
	}

}
