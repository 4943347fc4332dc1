package io.github.authadapter.sample;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code interop/authjs/session-interop.mjs}, the session and email-link side of Auth.js with its own
 * {@code @auth/pg-adapter}, on a test database. Input goes to the script as JSON in the environment, results come
 * back as JSON on its standard output.
 */
final class AuthJsSessionScript {

	/**
	 * Where the script and its {@code package.json} are. Surefire runs tests in the module's directory.
	 */
	static final Path DIRECTORY = Path.of(System.getProperty("user.dir")).resolve("../interop/authjs").normalize();

	private static final String SCRIPT = "session-interop.mjs";

	private static final long TIMEOUT_SECONDS = 60;

	private final JsonMapper json = JsonMapper.builder().build();

	private final TestDatabase database;

	private AuthJsSessionScript(TestDatabase database) {
		this.database = database;
	}

	/**
	 * The script on the given PostgreSQL database. Skips the test when the npm packages are not installed, or fails
	 * it when {@value TestDatabase#REQUIRE_PROPERTY} is set, as in CI.
	 */
	static AuthJsSessionScript on(TestDatabase database) {
		if (!Files.isDirectory(DIRECTORY.resolve("node_modules/@auth/pg-adapter"))) {
			unavailable("@auth/pg-adapter is not installed in " + DIRECTORY
					+ ". Install it with Node 20 or later: npm ci --prefix interop/authjs");
		}
		return new AuthJsSessionScript(database);
	}

	JsonNode run(String phase, Map<String, ?> input) {
		String command = "node " + SCRIPT + " " + phase + " in " + DIRECTORY;
		File stdout = temporaryFile("stdout");
		File stderr = temporaryFile("stderr");
		ProcessBuilder builder = new ProcessBuilder("node", SCRIPT, phase).directory(DIRECTORY.toFile())
			.redirectOutput(stdout)
			.redirectError(stderr);
		Map<String, String> environment = builder.environment();
		environment.put("DATABASE_URL", databaseUrl());
		environment.put("PGUSER", this.database.username());
		environment.put("PGPASSWORD", this.database.password());
		environment.put("INTEROP_INPUT", this.json.writeValueAsString(input));
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			unavailable("Could not start " + command + " (" + ex.getMessage() + "). Install Node 20 or later.");
			throw new IllegalStateException("unreachable", ex);
		}
		try {
			process.getOutputStream().close();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				throw new AssertionError(command + " did not finish within " + TIMEOUT_SECONDS + " seconds: "
						+ read(stderr));
			}
			if (process.exitValue() != 0) {
				throw new AssertionError(command + " failed with exit code " + process.exitValue() + ": " + read(stderr));
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

	private String databaseUrl() {
		URI jdbc = URI.create(this.database.jdbcUrl().substring("jdbc:".length()));
		return "postgresql://" + jdbc.getHost() + ((jdbc.getPort() != -1) ? ":" + jdbc.getPort() : "") + jdbc.getPath();
	}

	private static File temporaryFile(String name) {
		try {
			return Files.createTempFile("authjs-session-interop-", "." + name).toFile();
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
