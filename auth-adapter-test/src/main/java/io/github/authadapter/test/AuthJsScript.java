package io.github.authadapter.test;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a Node script of {@code interop/authjs}, which drives Auth.js's own {@code @auth/pg-adapter} from npm, or of
 * another folder of {@code interop}, such as {@code interop/prisma}, against a test database. Its input goes to the script as JSON in the environment variable {@code INTEROP_INPUT} and its
 * result comes back as JSON on its standard output; what it prints on standard error, which never holds a secret,
 * goes into the failure message. Needs Jackson on the classpath.
 */
public final class AuthJsScript {

	/**
	 * Where the scripts and their {@code package.json} are. Surefire runs tests in the module's directory.
	 */
	public static final Path DIRECTORY = Path.of(System.getProperty("user.dir"))
		.resolve("../interop/authjs")
		.normalize();

	private static final long TIMEOUT_SECONDS = 60;

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final Path directory;

	private final String script;

	private final TestDatabase database;

	private final @Nullable String timeZone;

	private final Map<String, String> environment;

	private AuthJsScript(Path directory, String script, TestDatabase database, @Nullable String timeZone,
			Map<String, String> environment) {
		this.directory = directory;
		this.script = script;
		this.database = database;
		this.timeZone = timeZone;
		this.environment = Map.copyOf(environment);
	}

	/**
	 * A script on the given PostgreSQL database. Skips the test when the npm packages are not installed, or fails it
	 * when {@value TestDatabase#REQUIRE_PROPERTY} is set, as in CI.
	 * @param script the file name of the script in {@link #DIRECTORY}
	 * @param database the database the script connects to
	 */
	public static AuthJsScript on(String script, TestDatabase database) {
		return in("authjs", "@auth/pg-adapter", script, database);
	}

	/**
	 * A script of another folder of {@code interop}, on the given PostgreSQL or MariaDB database. Skips the test when
	 * the folder's npm packages are not installed, or fails it when {@value TestDatabase#REQUIRE_PROPERTY} is set.
	 * @param folder the folder in {@code interop}, such as {@code prisma}
	 * @param installedPackage an npm package that the folder's {@code npm ci} installs
	 * @param script the file name of the script in that folder
	 * @param database the database the script connects to
	 */
	public static AuthJsScript in(String folder, String installedPackage, String script, TestDatabase database) {
		Path directory = DIRECTORY.resolveSibling(folder);
		if (!Files.isRegularFile(directory.resolve(script))) {
			throw new IllegalStateException("The Auth.js interop script is missing: " + directory.resolve(script));
		}
		if (!Files.isDirectory(directory.resolve("node_modules").resolve(installedPackage))) {
			unavailable(installedPackage + " is not installed in " + directory
					+ ". Install it with Node 20 or later: npm ci --prefix interop/" + folder);
		}
		return new AuthJsScript(directory, script, database, null, Map.of());
	}

	/**
	 * This script, run in the given time zone, for example one far from the JVM's so that a timestamp read or
	 * written in local time shows.
	 */
	public AuthJsScript inTimeZone(String timeZone) {
		return new AuthJsScript(this.directory, this.script, this.database, timeZone, this.environment);
	}

	/**
	 * This script, run with one more environment variable, such as a setting of the script's own.
	 */
	public AuthJsScript withEnvironment(String name, String value) {
		Map<String, String> environment = new HashMap<>(this.environment);
		environment.put(name, value);
		return new AuthJsScript(this.directory, this.script, this.database, this.timeZone, environment);
	}

	/**
	 * The JSON mapper that reads and writes what the script exchanges.
	 */
	public JsonMapper json() {
		return this.json;
	}

	/**
	 * Runs one phase of the script.
	 * @param phase the script's first argument
	 * @param input what the script gets as JSON, or null for nothing
	 * @return what the script printed, as JSON
	 */
	public JsonNode run(String phase, @Nullable Object input) {
		String command = "node " + this.script + " " + phase + " in " + this.directory + " on " + databaseUrl();
		File stdout = temporaryFile("stdout");
		File stderr = temporaryFile("stderr");
		ProcessBuilder builder = new ProcessBuilder("node", this.script, phase).directory(this.directory.toFile())
			.redirectOutput(stdout)
			.redirectError(stderr);
		Map<String, String> environment = builder.environment();
		removeCallerConfiguration(environment);
		environment.put("DATABASE_URL", databaseUrl());
		// node-postgres reads the credentials from libpq's variables, which keeps them out of the command line.
		environment.put("PGUSER", this.database.username());
		environment.put("PGPASSWORD", this.database.password());
		// The same for scripts whose driver reads no libpq variables, such as MariaDB's.
		environment.put("DATABASE_USER", this.database.username());
		environment.put("DATABASE_PASSWORD", this.database.password());
		environment.putAll(this.environment);
		if (this.timeZone != null) {
			environment.put("TZ", this.timeZone);
		}
		if (input != null) {
			environment.put("INTEROP_INPUT", this.json.writeValueAsString(input));
		}
		Process process = start(builder, command);
		try {
			process.getOutputStream().close();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				throw new AssertionError(command + " did not finish within " + TIMEOUT_SECONDS + " seconds. Its stderr:\n"
						+ read(stderr));
			}
			if (process.exitValue() != 0) {
				throw new AssertionError(command + " failed with exit code " + process.exitValue() + ". Its stderr:\n"
						+ read(stderr));
			}
			return this.json.readTree(read(stdout));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not talk to " + command, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for " + command, ex);
		}
		finally {
			process.destroyForcibly();
			stdout.delete();
			stderr.delete();
		}
	}

	/**
	 * Removes what Auth.js and node-postgres would read of the caller's shell from the environment of a Node process:
	 * {@code AUTH_*} and {@code NEXTAUTH_*} (such as {@code AUTH_SECRET} or {@code NEXTAUTH_URL}, which Auth.js falls
	 * back to), and libpq's {@code PG*} (such as {@code PGHOST} or {@code PGSSLMODE}), so that a script does only what
	 * the test tells it.
	 */
	static void removeCallerConfiguration(Map<String, String> environment) {
		environment.keySet()
			.removeIf((name) -> name.startsWith("AUTH_") || name.startsWith("NEXTAUTH_") || name.startsWith("PG"));
	}

	private static Process start(ProcessBuilder builder, String command) {
		try {
			return builder.start();
		}
		catch (IOException ex) {
			unavailable("Could not start " + command + " (" + ex.getMessage()
					+ "). Install Node 20 or later and put node on the PATH.");
			throw new IllegalStateException("unreachable", ex);
		}
	}

	/**
	 * The database's address for Node's drivers, without credentials: {@code postgresql://...} or
	 * {@code mariadb://...}.
	 */
	private String databaseUrl() {
		URI jdbc = URI.create(this.database.jdbcUrl().substring("jdbc:".length()));
		return jdbc.getScheme() + "://" + jdbc.getHost() + ((jdbc.getPort() != -1) ? ":" + jdbc.getPort() : "")
				+ jdbc.getPath();
	}

	private static File temporaryFile(String name) {
		try {
			return Files.createTempFile("authjs-interop-", "." + name).toFile();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not create a file for the script's " + name, ex);
		}
	}

	private static String read(File file) throws IOException {
		return Files.readString(file.toPath(), StandardCharsets.UTF_8);
	}

	private static void unavailable(String reason) {
		if (Boolean.getBoolean(TestDatabase.REQUIRE_PROPERTY)) {
			throw new IllegalStateException(reason + " (" + TestDatabase.REQUIRE_PROPERTY + " is set, so this fails)");
		}
		Assumptions.abort(reason);
	}

}
