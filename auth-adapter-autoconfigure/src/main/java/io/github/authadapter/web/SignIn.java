package io.github.authadapter.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.authadapter.AdapterUser;
import io.github.authadapter.Arguments;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * A person who has just signed in, as a sign-in method hands them to {@link SignInSessions#start}: the stored user,
 * how they signed in, and the factors they proved, such as {@code FACTOR_OTT} for a sign-in link.
 *
 * @param user the stored user, with its id
 * @param method how the person signed in
 * @param provider {@code email}, or the registration id of the OAuth provider, such as {@code github}
 * @param factors Spring Security's factor authorities of the sign-in, which the session keeps so that the rules of
 * {@code @EnableMultiFactorAuthentication} see them on later requests
 */
public record SignIn(AdapterUser user, SignInMethod method, String provider, List<FactorGrantedAuthority> factors) {

	public SignIn {
		Arguments.requireValue(user, "user");
		Arguments.requireText(user.id(), "user.id");
		Arguments.requireValue(method, "method");
		Arguments.requireText(provider, "provider");
		factors = List.copyOf(Arguments.requireValue(factors, "factors"));
	}

	/**
	 * A sign-in with the factor authorities of the {@link Authentication} that Spring Security's authentication
	 * filter produced: {@link FactorGrantedAuthority} instances as they are, and any other {@code FACTOR_} authority
	 * as issued now.
	 */
	public static SignIn of(AdapterUser user, SignInMethod method, String provider, Authentication authentication) {
		List<FactorGrantedAuthority> factors = new ArrayList<>();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (authority instanceof FactorGrantedAuthority factor) {
				factors.add(factor);
			}
			else if (authority.getAuthority() != null && authority.getAuthority().startsWith("FACTOR_")) {
				factors.add(FactorGrantedAuthority.withAuthority(authority.getAuthority())
					.issuedAt(Instant.now())
					.build());
			}
		}
		return new SignIn(user, method, provider, factors);
	}

	/**
	 * The id of the user.
	 */
	public String userId() {
		String id = this.user.id();
		if (id == null) {
			throw new IllegalStateException("A sign-in always has a stored user");
		}
		return id;
	}

	/**
	 * The event that announces the sign-in once its session has started.
	 */
	public SignInSucceededEvent event() {
		return new SignInSucceededEvent(this.method, this.provider, this.user);
	}

}
