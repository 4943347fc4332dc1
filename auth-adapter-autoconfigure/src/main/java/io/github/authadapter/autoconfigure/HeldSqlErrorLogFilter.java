package io.github.authadapter.autoconfigure;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import io.github.authadapter.jpa.HeldSqlErrorLog;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Offers the lines of Hibernate's error log, and of the MariaDB driver's, which logs every error the server sends, to
 * {@link HeldSqlErrorLog} on Logback, Spring Boot's default backend, so that the adapter's expected constraint
 * violations log nothing. Every other line, and every line outside the adapter's writes, passes as before.
 */
final class HeldSqlErrorLogFilter extends TurboFilter {

	/**
	 * The logger of Hibernate's {@code SqlExceptionHelper}, which logs each database error at WARN before Hibernate
	 * throws it.
	 */
	static final String HIBERNATE_ERROR_LOG = "org.hibernate.orm.jdbc.error";

	/**
	 * The logger of MariaDB Connector/J's error packets, which logs each error at WARN with the server's message.
	 */
	static final String MARIADB_ERROR_LOG = "org.mariadb.jdbc.message.server.ErrorPacket";

	private static final HeldSqlErrorLogFilter INSTANCE = new HeldSqlErrorLogFilter();

	private HeldSqlErrorLogFilter() {
	}

	/**
	 * Adds the filter to Logback's context, once, if Logback is the backend. Spring Boot's logging system resets the
	 * context when it initialises it, which happens before the beans of an application are created.
	 */
	static void install() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
				&& !context.getTurboFilterList().contains(INSTANCE)) {
			context.addTurboFilter(INSTANCE);
		}
	}

	@Override
	public FilterReply decide(@Nullable Marker marker, Logger logger, Level level, @Nullable String format,
			Object @Nullable [] params, @Nullable Throwable t) {
		// A null format is the question whether the level is enabled, which must stay yes so that the line is made.
		if (format == null || !isErrorLog(logger.getName()) || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
			return FilterReply.NEUTRAL;
		}
		LoggingEvent line = new LoggingEvent(Logger.FQCN, logger, level, format, t, params);
		return HeldSqlErrorLog.offer(() -> logger.callAppenders(line)) ? FilterReply.DENY : FilterReply.NEUTRAL;
	}

	private static boolean isErrorLog(String name) {
		return HIBERNATE_ERROR_LOG.equals(name) || MARIADB_ERROR_LOG.equals(name);
	}

}
