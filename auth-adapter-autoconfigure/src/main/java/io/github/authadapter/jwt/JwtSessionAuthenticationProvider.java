package io.github.authadapter.jwt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.crypto.AuthJsJwt;
import io.github.authadapter.session.AdapterSessionAuthentication;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Turns the claims of a JWT session cookie into a signed-in user: from the claims themselves, as Auth.js's default
 * {@code jwt} callback writes them ({@code sub}, {@code name}, {@code email}, {@code picture}, and any claim the
 * Next.js app adds, as an attribute of the user), or, where {@code sub} is the id of a user in the shared database,
 * by loading that user through the {@link Adapter}: then a deleted user is signed out at once.
 */
public class JwtSessionAuthenticationProvider implements AuthenticationProvider {

	/**
	 * The claims that are fields of the user or belong to the token, not attributes.
	 */
	private static final Set<String> NOT_ATTRIBUTES = Set.of("sub", "name", "email", "picture", "iat", "exp", "jti",
			"nbf");

	private final @Nullable Adapter adapter;

	/**
	 * A provider that makes the user from the claims, or loads it by {@code sub} through the adapter.
	 * @param adapter the adapter to load the user with, or {@code null} to make it from the claims
	 */
	public JwtSessionAuthenticationProvider(@Nullable Adapter adapter) {
		this.adapter = adapter;
	}

	@Override
	public JwtSessionAuthentication authenticate(Authentication authentication) {
		AuthJsJwt jwt = ((JwtSessionAuthenticationToken) authentication).getCredentials();
		AdapterUser user = (this.adapter != null) ? load(this.adapter, jwt) : userOf(jwt);
		return new JwtSessionAuthentication(user, jwt, false,
				List.of(new SimpleGrantedAuthority(AdapterSessionAuthentication.USER_AUTHORITY)));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return JwtSessionAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * The user that the claims describe: {@code sub} as the id, {@code name}, {@code email} (an empty one as none),
	 * {@code picture} as the image, and every other claim but those of the token itself ({@code iat}, {@code exp},
	 * {@code jti}, {@code nbf}) as an attribute.
	 * @throws BadCredentialsException when a claim holds text that no user may have, such as a NUL character
	 */
	public static AdapterUser userOf(AuthJsJwt jwt) {
		Map<String, @Nullable Object> attributes = new LinkedHashMap<>();
		jwt.claims().forEach((name, value) -> {
			if (!NOT_ATTRIBUTES.contains(name) && !name.isBlank()) {
				attributes.put(name, value);
			}
		});
		String email = jwt.email();
		try {
			return new AdapterUser(jwt.subject(), jwt.name(), (email != null && email.isBlank()) ? null : email,
					null, jwt.picture(), attributes);
		}
		catch (IllegalArgumentException ex) {
			// The message names the field and the position, never the value.
			throw new BadCredentialsException("The token's claims make no user: " + ex.getMessage());
		}
	}

	private static AdapterUser load(Adapter adapter, AuthJsJwt jwt) {
		String subject = jwt.subject();
		if (subject == null || subject.isBlank()) {
			throw new BadCredentialsException("The token has no sub claim to load its user by");
		}
		try {
			return adapter.getUser(subject)
				.orElseThrow(() -> new BadCredentialsException("No user has the id of the token's sub claim"));
		}
		catch (IllegalArgumentException ex) {
			throw new BadCredentialsException("The token's sub claim is no user id: " + ex.getMessage());
		}
	}

}
