package io.github.authadapter.test;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.util.ClassUtils;

/**
 * The database servers the tests run on, and how to reach each.
 */
enum DatabaseServer {

	// An in-memory H2 database lives as long as the pool keeps a connection to it.
	H2("jdbc:h2:mem:", "", "") {

		@Override
		TestDatabase.ServerAddress address() {
			return new TestDatabase.ServerAddress("jdbc:h2:mem:", "sa", "");
		}

		@Override
		String dropStatement(String name) {
			throw new UnsupportedOperationException("An in-memory H2 database disappears with its last connection");
		}

	},

	POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/", "", "postgres") {

		@Override
		JdbcDatabaseContainer<?> container() {
			return new PostgreSQLContainer("postgres:17-alpine");
		}

		@Override
		String dropStatement(String name) {
			return "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)";
		}

	},

	MARIADB("jdbc:mariadb://127.0.0.1:3306/", "", "root") {

		@Override
		JdbcDatabaseContainer<?> container() {
			return new MariaDBContainer("mariadb:11").withUsername("root");
		}

		@Override
		String dropStatement(String name) {
			return "DROP DATABASE IF EXISTS " + name;
		}

	};

	private static final Map<DatabaseServer, TestDatabase.@Nullable ServerAddress> addresses = new HashMap<>();

	private final String localUrl;

	private final String urlSuffix;

	private final String defaultUsername;

	DatabaseServer(String localUrl, String urlSuffix, String defaultUsername) {
		this.localUrl = localUrl;
		this.urlSuffix = urlSuffix;
		this.defaultUsername = defaultUsername;
	}

	String localUrl() {
		return env("URL", this.localUrl);
	}

	String urlSuffix() {
		return this.urlSuffix;
	}

	String environmentPrefix() {
		return "AUTHADAPTER_" + name();
	}

	abstract String dropStatement(String name);

	JdbcDatabaseContainer<?> container() {
		throw new UnsupportedOperationException();
	}

	/**
	 * The server to use, found once per JVM; null if none is reachable.
	 */
	TestDatabase.@Nullable ServerAddress address() {
		synchronized (addresses) {
			return addresses.computeIfAbsent(this, (server) -> server.findAddress());
		}
	}

	private TestDatabase.@Nullable ServerAddress findAddress() {
		if (isDockerAvailable()) {
			JdbcDatabaseContainer<?> container = container();
			container.start();
			String url = container.getJdbcUrl();
			return new TestDatabase.ServerAddress(url.substring(0, url.lastIndexOf('/') + 1), container.getUsername(),
					container.getPassword());
		}
		TestDatabase.ServerAddress local = new TestDatabase.ServerAddress(localUrl(),
				env("USERNAME", this.defaultUsername), env("PASSWORD", ""));
		return local.isReachable() ? local : null;
	}

	private static boolean isDockerAvailable() {
		if (!ClassUtils.isPresent("org.testcontainers.DockerClientFactory", DatabaseServer.class.getClassLoader())) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private String env(String suffix, String fallback) {
		String value = System.getenv(environmentPrefix() + "_" + suffix);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
