package io.github.authadapter.sample;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The notes, always looked up by their owner, so that no page shows or deletes another user's note.
 */
interface NoteRepository extends JpaRepository<Note, Long> {

	List<Note> findByUserIdOrderByUpdatedAtDesc(Long userId);

	Optional<Note> findByIdAndUserId(Long id, Long userId);

}
