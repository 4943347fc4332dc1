package io.github.authadapter.session;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Fails any request that creates an HTTP session, so that every test proves that the starter creates none.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class HttpSessionForbiddingFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public HttpSession getSession(boolean create) {
				HttpSession session = super.getSession(false);
				if (create && session == null) {
					throw new IllegalStateException("An HTTP session was created");
				}
				return session;
			}

			@Override
			public HttpSession getSession() {
				return getSession(true);
			}

		}, response);
	}

}
