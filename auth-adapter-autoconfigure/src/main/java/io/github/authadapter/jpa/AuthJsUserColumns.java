package io.github.authadapter.jpa;

import java.time.Instant;

import io.github.authadapter.AdapterUser;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a user that every supported schema has. Its subclasses add the id: {@link AbstractUserEntity} for
 * the starter's schema, the Prisma entities for Prisma's.
 */
@MappedSuperclass
public abstract class AuthJsUserColumns {

	private @Nullable String name;

	private @Nullable String email;

	@Column(name = AuthJsNames.EMAIL_VERIFIED)
	private @Nullable Instant emailVerified;

	private @Nullable String image;

	/**
	 * The id as the Adapter API carries it, null before the user is stored.
	 */
	public abstract @Nullable String authJsId();

	/**
	 * Sets an id that the application generated, for schemas whose database generates none.
	 */
	protected void assignId(String id) {
		throw new IllegalStateException(getClass().getSimpleName() + " gets its id from the database");
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
	 * The user as the adapter returns it, without the application's own fields.
	 */
	public AdapterUser toAdapterUser() {
		return new AdapterUser(authJsId(), this.name, this.email, this.emailVerified, this.image);
	}

}
