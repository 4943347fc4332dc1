package io.github.authadapter.web;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.method.HandlerMethod;

/**
 * Recognises the failures that mean the database, or another store that Spring's data access reports the same way
 * such as the Redis of the rate limits, cannot be reached, and answers them with {@code 503 Service Unavailable} and
 * a short message that does not blame the database for another store.
 */
final class DatabaseUnavailable {

	static final String MESSAGE = "The database is unavailable. Please try again in a moment.";

	/**
	 * The message when Redis is what cannot be reached: the visitor needs no more than that it is temporary; the log
	 * names Redis.
	 */
	static final String REDIS_MESSAGE = "The service is temporarily unavailable. Please try again in a moment.";

	/**
	 * Spring Data Redis's exceptions, among them the {@code RedisConnectionFailureException} of the Redis rate limits,
	 * told by name because Spring Data Redis is optional.
	 */
	private static final String REDIS_PACKAGE = "org.springframework.data.redis.";

	/**
	 * The seconds after which a client may try again, sent as {@code Retry-After}.
	 */
	static final int RETRY_AFTER_SECONDS = 5;

	private static final Log logger = LogFactory.getLog(DatabaseUnavailable.class);

	private static final String STARTER_PACKAGE = "io.github.authadapter.";

	private DatabaseUnavailable() {
	}

	/**
	 * Whether the handler that served the request, if any, is one of the starter's own. An application's
	 * controllers, even in a package under {@code io.github.authadapter}, are not: they are loaded from elsewhere
	 * than the starter's jar.
	 */
	static boolean isStarterHandler(@Nullable Object handler) {
		if (handler == null) {
			return false;
		}
		Class<?> type = (handler instanceof HandlerMethod method) ? method.getBeanType() : handler.getClass();
		return type.getName().startsWith(STARTER_PACKAGE) && Objects.equals(location(type),
				location(DatabaseUnavailable.class));
	}

	private static @Nullable URL location(Class<?> type) {
		CodeSource source = type.getProtectionDomain().getCodeSource();
		return (source != null) ? source.getLocation() : null;
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
		boolean redis = cause.getClass().getName().startsWith(REDIS_PACKAGE);
		logger.warn("Answered " + request.getMethod() + " " + request.getRequestURI() + " with 503: "
				+ (redis ? "Redis" : "the database") + " is unavailable (" + cause.getMessage() + ")");
		response.resetBuffer();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType("text/plain;charset=UTF-8");
		response.getOutputStream().write(((redis ? REDIS_MESSAGE : MESSAGE) + "\n").getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Whether the SQL state is of class 08, connection exception, in the SQL standard.
	 */
	private static boolean isConnectionFailure(@Nullable String sqlState) {
		return sqlState != null && sqlState.startsWith("08");
	}

}
