package io.github.authadapter.jpa;

import java.time.Instant;

import io.github.authadapter.AdapterUser;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * The columns of Auth.js's {@code users} table. Extend it with an {@code @Entity} of your own to add columns; the
 * adapter then uses your entity instead of {@link UserEntity}.
 */
@MappedSuperclass
public abstract class AbstractUserEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private @Nullable String name;

	private @Nullable String email;

	@Column(name = "`emailVerified`")
	private @Nullable Instant emailVerified;

	private @Nullable String image;

	public @Nullable Long getId() {
		return this.id;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable Instant getEmailVerified() {
		return this.emailVerified;
	}

	public void setEmailVerified(@Nullable Instant emailVerified) {
		this.emailVerified = emailVerified;
	}

	public @Nullable String getImage() {
		return this.image;
	}

	public void setImage(@Nullable String image) {
		this.image = image;
	}

	/**
	 * The user as the adapter returns it.
	 */
	public AdapterUser toAdapterUser() {
		return new AdapterUser(String.valueOf(this.id), this.name, this.email, this.emailVerified, this.image);
	}

}
