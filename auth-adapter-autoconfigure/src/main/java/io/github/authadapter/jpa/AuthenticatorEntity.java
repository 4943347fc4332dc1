package io.github.authadapter.jpa;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The default entity of the {@code authenticators} table, with the date columns that the starter's migrations add.
 */
@Entity(name = "AuthAdapterAuthenticator")
@Table(name = AuthJsNames.AUTHENTICATORS)
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

}
