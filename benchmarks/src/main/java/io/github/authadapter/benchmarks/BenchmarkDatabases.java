package io.github.authadapter.benchmarks;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The two fresh databases of a run, created next to the one the JDBC URL names and dropped at its end: one migrated
 * by the starter, shared by every contender, and one with {@code @auth/pg-adapter}'s published schema.
 */
final class BenchmarkDatabases implements AutoCloseable {

	private final String jdbcUrl;

	/** Kept open for the whole run, so that the databases can be dropped even when the server is full by then. */
	private final Connection administration;

	private final String starterName;

	private final String publishedName;

	private boolean dropped;

	private BenchmarkDatabases(String jdbcUrl, Connection administration, String prefix) {
		this.jdbcUrl = jdbcUrl;
		this.administration = administration;
		this.starterName = prefix;
		this.publishedName = prefix + "_published";
	}

	static BenchmarkDatabases create(BenchmarkSettings settings) {
		String prefix = "auth_adapter_bench_"
				+ LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
		BenchmarkDatabases databases;
		try {
			databases = new BenchmarkDatabases(settings.jdbcUrl(),
					DriverManager.getConnection(settings.jdbcUrl(), settings.username(), settings.password()), prefix);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not connect to " + settings.jdbcUrl() + " as "
					+ settings.username() + ": " + ex.getMessage(), ex);
		}
		// Dropped also when the run is interrupted with Ctrl-C.
		Runtime.getRuntime().addShutdownHook(new Thread(databases::close, "drop benchmark databases"));
		databases.execute("CREATE DATABASE " + databases.starterName);
		databases.execute("CREATE DATABASE " + databases.publishedName);
		return databases;
	}

	/**
	 * The database that the starter migrates and every contender uses.
	 */
	String starterUrl() {
		return urlOf(this.starterName);
	}

	/**
	 * The database with {@code @auth/pg-adapter}'s published schema, which has no index on the session token.
	 */
	String publishedUrl() {
		return urlOf(this.publishedName);
	}

	@Override
	public synchronized void close() {
		if (this.dropped) {
			return;
		}
		this.dropped = true;
		try (Connection connection = this.administration) {
			execute("DROP DATABASE IF EXISTS " + this.starterName + " WITH (FORCE)");
			execute("DROP DATABASE IF EXISTS " + this.publishedName + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not close the connection to " + this.jdbcUrl, ex);
		}
	}

	private String urlOf(String database) {
		URI uri = URI.create(this.jdbcUrl.substring("jdbc:".length()));
		String query = (uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "";
		return "jdbc:postgresql://" + uri.getRawAuthority() + "/" + database + query;
	}

	private void execute(String sql) {
		try (Statement statement = this.administration.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not " + sql + " on " + this.jdbcUrl + ": " + ex.getMessage(), ex);
		}
	}

}
