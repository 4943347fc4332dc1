package io.github.authadapter.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Answers a request that failed because the database cannot be reached with {@code 503 Service Unavailable} and a
 * short message, rather than a 500: the session cookie, the sign-in handlers and the pages behind them all need the
 * database. How soon the answer comes is bounded by the connection pool's timeout, such as Hikari's
 * {@code connection-timeout}. The starter's controllers get the same answer from
 * {@link DatabaseUnavailableExceptionResolver}. A failure in a handler of the application's own is passed on to the
 * application's error handling.
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

	/**
	 * The body of the answer.
	 */
	public static final String MESSAGE = DatabaseUnavailable.MESSAGE;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException ex) {
			Throwable unavailable = DatabaseUnavailable.causeOf(ex);
			if (unavailable == null || response.isCommitted() || isApplicationHandler(request)) {
				throw ex;
			}
			DatabaseUnavailable.respond(request, response, unavailable);
		}
	}

	/**
	 * Whether Spring MVC chose a handler of the application for the request; the starter's filters, which fail
	 * before any handler is chosen, and its own handlers are not.
	 */
	private static boolean isApplicationHandler(HttpServletRequest request) {
		Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
		return handler != null && !DatabaseUnavailable.isStarterHandler(handler);
	}

}
