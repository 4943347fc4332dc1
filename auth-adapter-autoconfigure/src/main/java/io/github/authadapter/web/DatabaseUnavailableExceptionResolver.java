package io.github.authadapter.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a failure of one of the starter's own endpoints, because the database cannot be reached, with
 * {@code 503 Service Unavailable}. It runs before Spring MVC's own resolvers, the last of which would take a
 * {@code Broken pipe} from the database's socket for a client that went away and answer an empty 200. The
 * application's controllers are left to its own error handling.
 */
public class DatabaseUnavailableExceptionResolver implements HandlerExceptionResolver, Ordered {

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		Throwable unavailable = DatabaseUnavailable.causeOf(ex);
		if (unavailable == null || !DatabaseUnavailable.isStarterHandler(handler) || response.isCommitted()) {
			return null;
		}
		try {
			DatabaseUnavailable.respond(request, response, unavailable);
		}
		catch (IOException writeFailure) {
			throw new UncheckedIOException(writeFailure);
		}
		return new ModelAndView();
	}

	/**
	 * Before the handler exception resolvers of Spring MVC, whose composite has order 0.
	 */
	@Override
	public int getOrder() {
		return -1;
	}

}
