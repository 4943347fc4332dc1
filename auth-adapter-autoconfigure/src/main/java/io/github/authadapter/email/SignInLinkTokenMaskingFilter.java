package io.github.authadapter.email;

import java.io.IOException;
import java.util.regex.Pattern;

import io.github.authadapter.session.AuthRoutes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hides the token of a sign-in link from the query string of the request that opens it. Spring Security and Spring
 * MVC print the query string at debug level, and whoever reads an unused link there can sign in with it. The token
 * stays a request parameter, so the confirm page still gets it. Register it before Spring Security's filters.
 */
public final class SignInLinkTokenMaskingFilter extends OncePerRequestFilter {

	private static final Pattern TOKEN = Pattern.compile("(^|&)token=[^&]*");

	private static final String HIDDEN = "$1token=[hidden]";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().equals(request.getContextPath() + AuthRoutes.CALLBACK_EMAIL);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (query == null || !TOKEN.matcher(query).find()) {
			chain.doFilter(request, response);
			return;
		}
		String masked = TOKEN.matcher(query).replaceAll(HIDDEN);
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public String getQueryString() {
				return masked;
			}

		}, response);
	}

}
