package io.github.authadapter.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hides secrets from the query string of the requests that come back to {@code /api/auth/callback/...}: the token of
 * a sign-in link, and the OAuth authorization code and state. Spring Security and Spring MVC print the query string
 * at debug level, and whoever reads an unused link or code there can sign in with it. Parameters are recognised by
 * their decoded name in any case, so that {@code %74oken=} is hidden as well as {@code token=}. They stay request
 * parameters, so that the confirm page and the OAuth login filter still get them. Register it before Spring
 * Security's filters.
 */
public final class SecretQueryParameterMaskingFilter extends OncePerRequestFilter {

	/**
	 * The names of the parameters whose values are hidden, lower case.
	 */
	public static final Set<String> SECRET_PARAMETERS = Set.of("token", "code", "state", "code_verifier",
			"access_token", "refresh_token", "id_token", "client_secret");

	private static final String HIDDEN = "[hidden]";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + AuthRoutes.BASE_PATH + "/callback/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		String masked = (query != null) ? mask(query) : null;
		if (masked == null || masked.equals(query)) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public String getQueryString() {
				return masked;
			}

		}, response);
	}

	/**
	 * The query string with the value of every secret parameter replaced.
	 */
	static String mask(String query) {
		StringBuilder masked = new StringBuilder(query.length());
		String[] pairs = query.split("&", -1);
		for (int i = 0; i < pairs.length; i++) {
			if (i > 0) {
				masked.append('&');
			}
			int equals = pairs[i].indexOf('=');
			String name = (equals >= 0) ? pairs[i].substring(0, equals) : pairs[i];
			masked.append(isSecret(name) ? name + "=" + HIDDEN : pairs[i]);
		}
		return masked.toString();
	}

	private static boolean isSecret(String rawName) {
		String name = decoded(rawName);
		return name != null && SECRET_PARAMETERS.contains(name.toLowerCase(Locale.ROOT));
	}

	private static @Nullable String decoded(String rawName) {
		try {
			return URLDecoder.decode(rawName, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// Undecodable: hide it anyway rather than guess what a server would make of it.
			return "token";
		}
	}

}
