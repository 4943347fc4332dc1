package io.github.authadapter.autoconfigure;

import java.util.Set;
import java.util.function.Supplier;

import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's log for the starter's own Flyway, under Flyway's logger names. Inside the starter's own Flyway, two kinds
 * of warnings that are expected there go to debug: the one on every connection to a database newer than the versions
 * Flyway was verified with, as H2 in Spring Boot's dependency management is, which an application can do nothing
 * about and which the starter would repeat at every start and health check; and the database's warnings about the
 * starter's own scripts, such as MariaDB's that it ignores the names the scripts give primary keys for the other
 * databases. Flyway chooses one log for all its instances, the one of the instance created last; outside the
 * starter's calls this log passes everything on unchanged.
 */
public final class StarterFlywayLog implements LogCreator {

	/**
	 * The Flyway classes whose warnings are expected in the starter's own Flyway: the check of the database's
	 * version, and the executor of scripts, which passes on the database's warnings.
	 */
	private static final Set<String> EXPECTED_WARNINGS = Set.of("org.flywaydb.core.internal.database.base.Database",
			"org.flywaydb.core.internal.sqlscript.DefaultSqlScriptExecutor");

	private static final ThreadLocal<Boolean> inStarter = ThreadLocal.withInitial(() -> false);

	/**
	 * Created by Flyway, from the class name that the starter configures as its {@code loggers}.
	 */
	public StarterFlywayLog() {
	}

	/**
	 * Runs a call of the starter's own Flyway.
	 */
	static <T> T quietly(Supplier<T> call) {
		inStarter.set(true);
		try {
			return call.get();
		}
		finally {
			inStarter.remove();
		}
	}

	@Override
	public Log createLogger(Class<?> type) {
		return new CommonsLog(LogFactory.getLog(type), EXPECTED_WARNINGS.contains(type.getName()));
	}

	private record CommonsLog(org.apache.commons.logging.Log log, boolean warnsAsExpected) implements Log {

		@Override
		public boolean isDebugEnabled() {
			return this.log.isDebugEnabled();
		}

		@Override
		public void debug(String message) {
			this.log.debug(message);
		}

		@Override
		public void info(String message) {
			this.log.info(message);
		}

		@Override
		public void warn(String message) {
			if (this.warnsAsExpected && inStarter.get()) {
				this.log.debug(message);
			}
			else {
				this.log.warn(message);
			}
		}

		@Override
		public void error(String message) {
			this.log.error(message);
		}

		@Override
		public void error(String message, Exception ex) {
			this.log.error(message, ex);
		}

		@Override
		public void notice(String message) {
			this.log.info(message);
		}

	}

}
