package io.github.authadapter;

import java.util.Optional;

/**
 * When each WebAuthn authenticator was registered and last used, where the schema keeps it: next to the
 * {@link Adapter}, whose Auth.js contract has no such fields.
 */
@FunctionalInterface
public interface AuthenticatorUses {

	/**
	 * Uses that know nothing, for a schema without the columns.
	 */
	AuthenticatorUses NONE = (credentialID) -> Optional.empty();

	/**
	 * What is known of the authenticator's use.
	 * @param credentialID the authenticator's credential id as Auth.js stores it
	 * @return its dates, or empty if the authenticator does not exist or the schema keeps no dates
	 */
	Optional<AuthenticatorUse> findByCredentialId(String credentialID);

}
