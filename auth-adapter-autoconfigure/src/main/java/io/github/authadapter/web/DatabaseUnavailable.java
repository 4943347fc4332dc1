package io.github.authadapter.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises the failures that mean the database cannot be reached, and answers them with
 * {@code 503 Service Unavailable} and a short message.
 */
final class DatabaseUnavailable {

	static final String MESSAGE = "The database is unavailable. Please try again in a moment.";

	/**
	 * The seconds after which a client may try again, sent as {@code Retry-After}.
	 */
	static final int RETRY_AFTER_SECONDS = 5;

	private static final Log logger = LogFactory.getLog(DatabaseUnavailable.class);

	private DatabaseUnavailable() {
	}

	/**
	 * The exception in the causes of the given one that says the database cannot be reached, or null.
	 */
	static @Nullable Throwable causeOf(Throwable ex) {
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

	static void respond(HttpServletRequest request, HttpServletResponse response, Throwable cause) throws IOException {
		logger.warn("Answered " + request.getMethod() + " " + request.getRequestURI()
				+ " with 503: the database is unavailable (" + cause.getMessage() + ")");
		response.resetBuffer();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType("text/plain;charset=UTF-8");
		response.getOutputStream().write((MESSAGE + "\n").getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Whether the SQL state is of class 08, connection exception, in the SQL standard.
	 */
	private static boolean isConnectionFailure(@Nullable String sqlState) {
		return sqlState != null && sqlState.startsWith("08");
	}

}
