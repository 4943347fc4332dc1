package io.github.authadapter.passkey;

import java.util.Set;

import io.github.authadapter.web.AuthAdapterHttpCustomizer;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;

/**
 * Passkeys on Spring Security's {@code webAuthn()}, with the relying party of the properties and the starter's
 * repositories and operations (beans that {@code webAuthn()} finds in the context). Registration
 * ({@code POST /webauthn/register/options}, {@code POST /webauthn/register}) needs a signed-in user; a passkey sign-in
 * ({@code POST /webauthn/authenticate/options}, {@code POST /login/webauthn}) starts the Auth.js session through
 * {@link PasskeySignInSuccessHandler}, and keeps nothing of the security context in an HTTP session. An application
 * changes a piece with {@code http.webAuthn(...)} after applying the starter's configurer.
 */
public final class PasskeyHttpCustomizer implements AuthAdapterHttpCustomizer {

	private final String rpId;

	private final String rpName;

	private final Set<String> allowedOrigins;

	private final UserDetailsService userDetails;

	private final AuthenticationSuccessHandler successHandler;

	/**
	 * Creates the customizer.
	 * @param rpId the relying party id, the domain the passkeys belong to
	 * @param rpName the relying party name that authenticators show
	 * @param allowedOrigins the origins of the pages that register and use passkeys
	 * @param userEntities the users of passkeys
	 * @param successHandler starts the session of a passkey sign-in
	 */
	public PasskeyHttpCustomizer(String rpId, String rpName, Set<String> allowedOrigins,
			PublicKeyCredentialUserEntityRepository userEntities, AuthenticationSuccessHandler successHandler) {
		this.rpId = rpId;
		this.rpName = rpName;
		this.allowedOrigins = Set.copyOf(allowedOrigins);
		this.userDetails = new PasskeyUserDetailsService(userEntities);
		this.successHandler = successHandler;
	}

	@Override
	public void customize(HttpSecurity http) {
		if (http.getSharedObject(UserDetailsService.class) == null) {
			// webAuthn() asks for one to give the signed-in passkey user its authorities.
			http.setSharedObject(UserDetailsService.class, this.userDetails);
		}
		http.webAuthn((webAuthn) -> webAuthn.rpId(this.rpId)
			.rpName(this.rpName)
			.allowedOrigins(this.allowedOrigins)
			.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {

				@Override
				public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
					filter.setAuthenticationSuccessHandler(PasskeyHttpCustomizer.this.successHandler);
					// The session is Auth.js's cookie, which the success handler writes, not an HTTP session.
					filter.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
					return filter;
				}

			}));
	}

}
