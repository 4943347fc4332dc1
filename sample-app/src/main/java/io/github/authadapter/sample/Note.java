package io.github.authadapter.sample;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A note of one user, in the app's own table next to the Auth.js tables ({@code db/migration/<vendor>/V2__notes.sql}).
 */
@Entity
@Table(name = "notes")
public class Note {

	/**
	 * The longest title.
	 */
	public static final int MAX_TITLE = 200;

	/**
	 * The longest text.
	 */
	public static final int MAX_BODY = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private Long userId;

	@Column(nullable = false, length = MAX_TITLE)
	private String title;

	@Column(nullable = false, length = MAX_BODY)
	private String body;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Note() {
	}

	Note(Long userId, String title, String body, Instant now) {
		this.userId = userId;
		this.title = title;
		this.body = body;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getUserId() {
		return this.userId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
