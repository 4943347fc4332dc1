package io.github.authadapter.jpa;

import java.time.Instant;

import io.github.authadapter.AuthenticatorUse;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * The date columns of the starter's {@code authenticators} table, for a passkey list: when the authenticator was
 * registered and when it last signed in, which the adapter writes with the starter's clock. Other Auth.js schemas
 * lack these columns, and their entities do not map them.
 */
@Embeddable
public class AuthenticatorUseColumns {

	static final String LAST_USED_AT_COLUMN = "last_used_at";

	@Column(name = "created_at", updatable = false)
	private @Nullable Instant createdAt;

	@Column(name = LAST_USED_AT_COLUMN)
	private @Nullable Instant lastUsedAt;

	/**
	 * The columns as the contract's record.
	 */
	public AuthenticatorUse toAuthenticatorUse() {
		return new AuthenticatorUse(this.createdAt, this.lastUsedAt);
	}

	void registered(Instant now) {
		this.createdAt = now;
		this.lastUsedAt = now;
	}

	void used(Instant now) {
		this.lastUsedAt = now;
	}

	/**
	 * An entity with these columns.
	 */
	public interface Owner {

		/**
		 * The entity's date columns.
		 */
		AuthenticatorUseColumns use();

	}

}
