package io.github.authadapter.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.github.authadapter.test.concurrency.AbstractConcurrencyTests;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A freshly created database for one test class, so that runs never see each other's rows. Register it as a static
 * field with {@code @RegisterExtension}.
 * <p>
 * The server is chosen in this order: a Testcontainers container where Docker runs; otherwise the local server
 * (PostgreSQL at 127.0.0.1:5432, MariaDB at 127.0.0.1:3306, overridable by the environment variables
 * {@code AUTHADAPTER_POSTGRESQL_URL}, {@code _USERNAME}, {@code _PASSWORD} and {@code AUTHADAPTER_MARIADB_...});
 * otherwise the test class is skipped, unless the system property {@value #REQUIRE_PROPERTY} is {@code true}, as in
 * CI, which turns the skip into a failure.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {

	/**
	 * The system property that makes an unreachable database server fail the tests instead of skipping them.
	 */
	public static final String REQUIRE_PROPERTY = "authadapter.requireDatabases";

	private final DatabaseServer server;

	private @Nullable String name;

	private @Nullable String messagesLocale;

	private @Nullable HikariDataSource dataSource;

	private TestDatabase(DatabaseServer server) {
		this.server = server;
	}

	/**
	 * An in-memory H2 database, which is always available.
	 */
	public static TestDatabase h2() {
		return new TestDatabase(DatabaseServer.H2);
	}

	/**
	 * A new database on a PostgreSQL server.
	 */
	public static TestDatabase postgresql() {
		return new TestDatabase(DatabaseServer.POSTGRESQL);
	}

	/**
	 * A new database on a MariaDB server.
	 */
	public static TestDatabase mariadb() {
		return new TestDatabase(DatabaseServer.MARIADB);
	}

	/**
	 * Makes the server word its error messages in another language, for tests that must not depend on English text:
	 * on PostgreSQL by the new database's {@code lc_messages}, which needs the operating system's locale (such as
	 * {@code de_DE.UTF-8}, made by {@code localedef --no-archive -i de_DE -f UTF-8 de_DE.UTF-8}, which a running server
	 * sees), on MariaDB by every connection's {@code lc_messages}, whose translations MariaDB ships.
	 * @param locale a POSIX locale without its encoding, such as {@code de_DE}
	 */
	public TestDatabase withMessagesIn(String locale) {
		if (this.server == DatabaseServer.H2) {
			throw new UnsupportedOperationException("H2 has no such setting here");
		}
		this.messagesLocale = locale;
		return this;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws SQLException {
		ServerAddress address = this.server.address();
		if (address == null) {
			String reason = this.server + " is not reachable: no Docker for Testcontainers and no local server at "
					+ this.server.localUrl() + ". Start one or set " + this.server.environmentPrefix() + "_URL.";
			if (Boolean.getBoolean(REQUIRE_PROPERTY)) {
				throw new IllegalStateException(reason + " (" + REQUIRE_PROPERTY + " is set, so this fails)");
			}
			Assumptions.abort(reason);
		}
		String name = "authadapter_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		if (this.server != DatabaseServer.H2) {
			address.execute("CREATE DATABASE " + name);
		}
		this.name = name;
		this.dataSource = new HikariDataSource();
		this.dataSource.setJdbcUrl(address.url() + name + this.server.urlSuffix());
		this.dataSource.setUsername(address.username());
		this.dataSource.setPassword(address.password());
		// Enough for the races of AbstractConcurrencyTests, whose application shares this pool; opened as needed.
		this.dataSource.setMaximumPoolSize(AbstractConcurrencyTests.THREADS + 4);
		this.dataSource.setMinimumIdle(2);
		if (this.messagesLocale != null) {
			useMessagesIn(this.messagesLocale, address, name);
		}
	}

	private void useMessagesIn(String locale, ServerAddress address, String name) {
		HikariDataSource dataSource = (HikariDataSource) dataSource();
		if (this.server == DatabaseServer.MARIADB) {
			dataSource.setConnectionInitSql("SET lc_messages = '" + locale + "'");
			return;
		}
		try {
			address.execute("ALTER DATABASE " + name + " SET lc_messages = '" + locale + ".UTF-8'");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The PostgreSQL server has no locale " + locale + ".UTF-8 for its messages;"
					+ " make it with localedef --no-archive -i " + locale + " -f UTF-8 " + locale + ".UTF-8", ex);
		}
	}

	@Override
	public void afterAll(ExtensionContext context) throws SQLException {
		if (this.dataSource != null) {
			this.dataSource.close();
		}
		ServerAddress address = this.server.address();
		if (this.name != null && address != null && this.server != DatabaseServer.H2) {
			address.execute(this.server.dropStatement(this.name));
		}
	}

	/**
	 * The data source of the new database: a Hikari pool of up to 20 connections, closed after the test class.
	 */
	public DataSource dataSource() {
		if (this.dataSource == null) {
			throw new IllegalStateException("Register the TestDatabase with @RegisterExtension on a static field");
		}
		return this.dataSource;
	}

	/**
	 * The JDBC URL of the new database.
	 */
	public String jdbcUrl() {
		return ((HikariDataSource) dataSource()).getJdbcUrl();
	}

	/**
	 * The user name for the new database.
	 */
	public String username() {
		return ((HikariDataSource) dataSource()).getUsername();
	}

	/**
	 * The password for the new database.
	 */
	public String password() {
		String password = ((HikariDataSource) dataSource()).getPassword();
		return (password != null) ? password : "";
	}

	/**
	 * The database's name on its server.
	 */
	public String name() {
		if (this.name == null) {
			throw new IllegalStateException("The database has not been created yet");
		}
		return this.name;
	}

	/**
	 * Where a server listens, with an account that may create databases.
	 *
	 * @param url the JDBC URL without a database name, ending with a slash
	 * @param username the user name
	 * @param password the password
	 */
	record ServerAddress(String url, String username, String password) {

		void execute(String sql) throws SQLException {
			try (Connection connection = DriverManager.getConnection(this.url, this.username, this.password);
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}

		boolean isReachable() {
			try (Connection connection = DriverManager.getConnection(this.url, this.username, this.password)) {
				return connection.isValid(2);
			}
			catch (SQLException ex) {
				return false;
			}
		}

	}

	@Override
	public String toString() {
		return this.server.toString().toLowerCase(Locale.ROOT) + " database " + this.name;
	}

}
