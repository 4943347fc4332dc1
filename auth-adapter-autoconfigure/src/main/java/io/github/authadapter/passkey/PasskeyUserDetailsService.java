package io.github.authadapter.passkey;

import java.util.List;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;

/**
 * The user details that Spring Security's passkey provider asks for once an assertion is verified: the Auth.js user of
 * the WebAuthn user entity, without password or authorities of its own, as the session grants those. Used for the
 * passkey sign-in of the starter's chain only, not published as the application's {@link UserDetailsService}.
 */
final class PasskeyUserDetailsService implements UserDetailsService {

	private final PublicKeyCredentialUserEntityRepository userEntities;

	PasskeyUserDetailsService(PublicKeyCredentialUserEntityRepository userEntities) {
		this.userEntities = userEntities;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		PublicKeyCredentialUserEntity user = this.userEntities.findByUsername(username);
		if (user == null) {
			throw new UsernameNotFoundException("No user has the passkey's user name");
		}
		// A password no encoder matches, under an encoder id that none has: these details never sign in by password.
		return User.withUsername(user.getName()).password("{passkey-only}").authorities(List.of()).build();
	}

}
