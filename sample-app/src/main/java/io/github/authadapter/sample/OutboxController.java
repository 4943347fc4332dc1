package io.github.authadapter.sample;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dev-profile outbox page, listing the sign-in links sent, newest first.
 */
@Controller
@Profile("dev")
class OutboxController {

	private final Outbox outbox;

	OutboxController(Outbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/outbox")
	String outbox(Model model) {
		model.addAttribute("messages", this.outbox.messages()
			.stream()
			.map((message) -> new MessageRow(message.to(), message.link(), DisplayTimes.format(message.sentAt())))
			.toList());
		return "outbox";
	}

	/**
	 * An email as the outbox lists it.
	 *
	 * @param to the recipient
	 * @param link the sign-in link
	 * @param sentAt when it was sent, for display
	 */
	record MessageRow(String to, String link, String sentAt) {
	}

}
