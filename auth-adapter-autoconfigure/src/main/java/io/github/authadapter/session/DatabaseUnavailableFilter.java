package io.github.authadapter.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request that failed because the database cannot be reached with {@code 503 Service Unavailable} and a
 * short message, rather than a 500: the session cookie, the sign-in endpoints and the pages behind them all need the
 * database. How soon the answer comes is bounded by the connection pool's timeout, such as Hikari's
 * {@code connection-timeout}.
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

	/**
	 * The body of the answer.
	 */
	public static final String MESSAGE = "The database is unavailable. Please try again in a moment.";

	/**
	 * The seconds after which a client may try again, sent as {@code Retry-After}.
	 */
	static final int RETRY_AFTER_SECONDS = 5;

	private static final Log logger = LogFactory.getLog(DatabaseUnavailableFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException ex) {
			Throwable unavailable = databaseUnavailableCause(ex);
			if (unavailable == null || response.isCommitted()) {
				throw ex;
			}
			logger.warn("Answered " + request.getMethod() + " " + request.getRequestURI()
					+ " with 503: the database is unavailable (" + unavailable.getMessage() + ")");
			response.resetBuffer();
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setContentType("text/plain;charset=UTF-8");
			response.getOutputStream().write((MESSAGE + "\n").getBytes(StandardCharsets.UTF_8));
		}
	}

	/**
	 * The exception in the causes of the given one that says the database cannot be reached, or null.
	 */
	static @Nullable Throwable databaseUnavailableCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			// Hibernate's JDBCConnectionException is recognised by its cause, the driver's or the pool's SQLException.
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| (cause instanceof SQLException sql && isConnectionFailure(sql.getSQLState()))) {
				return cause;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	/**
	 * Whether the SQL state is of class 08, connection exception, in the SQL standard.
	 */
	private static boolean isConnectionFailure(@Nullable String sqlState) {
		return sqlState != null && sqlState.startsWith("08");
	}

}
