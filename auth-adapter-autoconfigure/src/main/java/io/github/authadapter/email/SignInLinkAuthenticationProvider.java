package io.github.authadapter.email;

import java.time.Clock;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthentication;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * Authenticates the token of a sign-in link: uses it up through the {@link OneTimeTokenService} and answers with a
 * {@link OneTimeTokenAuthentication} whose principal is the link's address, with the factor
 * {@link FactorGrantedAuthority#OTT_AUTHORITY FACTOR_OTT}.
 * <p>
 * It does not create the user. Auth.js creates or verifies the user and starts the session as one step, and so does
 * {@link EmailSignInSuccessHandler}, in one transaction: Spring Security calls the provider and the success handler
 * one after the other, and no transaction can hold both, so a user created here would outlive a session that fails to
 * start, and two links of one new address used at once could not be retried.
 */
public final class SignInLinkAuthenticationProvider implements AuthenticationProvider {

	private final OneTimeTokenService tokens;

	private final Clock clock;

	public SignInLinkAuthenticationProvider(OneTimeTokenService tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		OneTimeTokenAuthenticationToken link = (OneTimeTokenAuthenticationToken) authentication;
		OneTimeToken used = this.tokens.consume(link);
		if (used == null) {
			throw new InvalidSignInLinkException("The link was already used, was altered or never issued");
		}
		OneTimeTokenAuthentication signedIn = new OneTimeTokenAuthentication(used.getUsername(),
				List.of(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.OTT_AUTHORITY)
					.issuedAt(this.clock.instant())
					.build()));
		signedIn.setDetails(link.getDetails());
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return OneTimeTokenAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
