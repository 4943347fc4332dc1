package io.github.authadapter.jpa;

import java.time.Instant;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The default entity of the {@code authenticators} table, with the date columns that the starter's migrations add.
 */
@Entity(name = "AuthAdapterAuthenticator")
@Table(name = AuthJsNames.AUTHENTICATORS)
@EntityListeners(AuthenticatorUseColumns.Listener.class)
public class AuthenticatorEntity extends AbstractAuthenticatorEntity implements AuthenticatorUseColumns.Owner {

	// Hibernate loads a row whose date columns are both null, such as one that Auth.js wrote, without an instance.
	@Embedded
	private @Nullable AuthenticatorUseColumns use = new AuthenticatorUseColumns();

	@Override
	public AuthenticatorUseColumns use() {
		if (this.use == null) {
			this.use = new AuthenticatorUseColumns();
		}
		return this.use;
	}

	/**
	 * Every passkey sign-in writes the counter, on Auth.js's side as on Spring's, so this is the authenticator's
	 * last use.
	 */
	@Override
	public void setCounter(long counter) {
		super.setCounter(counter);
		use().used(Instant.now());
	}

}
