package io.github.authadapter.test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code interop/authjs-jwt/jwt-interop.mjs}, Auth.js's own JWT code from npm: a list of operations goes to it
 * as JSON on standard input, and one result per operation comes back as JSON.
 */
public final class AuthJsJwtScript {

	static final Path DIRECTORY = Path.of(System.getProperty("user.dir")).resolve("../interop/authjs-jwt").normalize();

	private static final String SCRIPT = "jwt-interop.mjs";

	private static final long TIMEOUT_SECONDS = 60;

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * The script, or a skipped test when its packages are not installed; a failed one when
	 * {@value TestDatabase#REQUIRE_PROPERTY} is set, as in CI.
	 */
	public static AuthJsJwtScript installed() {
		if (!Files.isDirectory(DIRECTORY.resolve("node_modules/@auth/core"))
				|| !Files.isDirectory(DIRECTORY.resolve("node_modules/next-auth"))) {
			String reason = "@auth/core and next-auth are not installed in " + DIRECTORY
					+ ". Install them with Node 20 or later: npm ci --prefix interop/authjs-jwt";
			if (Boolean.getBoolean(TestDatabase.REQUIRE_PROPERTY)) {
				throw new IllegalStateException(reason + " (" + TestDatabase.REQUIRE_PROPERTY + " is set, so this fails)");
			}
			Assumptions.abort(reason);
		}
		return new AuthJsJwtScript();
	}

	/**
	 * Runs the operations in one Node process.
	 */
	public List<JsonNode> run(List<? extends Map<String, ?>> operations) {
		File stdin = temporaryFile("stdin");
		File stdout = temporaryFile("stdout");
		File stderr = temporaryFile("stderr");
		try {
			Files.writeString(stdin.toPath(), this.json.writeValueAsString(operations), StandardCharsets.UTF_8);
			ProcessBuilder builder = new ProcessBuilder("node", SCRIPT).directory(DIRECTORY.toFile())
				.redirectInput(stdin)
				.redirectOutput(stdout)
				.redirectError(stderr);
			// next-auth 4 falls back to NEXTAUTH_SECRET and NEXTAUTH_URL when an operation gives no secret or cookie.
			AuthJsScript.removeCallerConfiguration(builder.environment());
			Process process = builder.start();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("node " + SCRIPT + " did not finish within " + TIMEOUT_SECONDS + " s: "
						+ Files.readString(stderr.toPath()));
			}
			if (process.exitValue() != 0) {
				throw new AssertionError("node " + SCRIPT + " failed with exit code " + process.exitValue() + ": "
						+ Files.readString(stderr.toPath()));
			}
			JsonNode results = this.json.readTree(Files.readString(stdout.toPath(), StandardCharsets.UTF_8));
			return List.copyOf(results.valueStream().toList());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run node " + SCRIPT + " in " + DIRECTORY
					+ "; install Node 20 or later and put node on the PATH", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for node " + SCRIPT, ex);
		}
		finally {
			stdin.delete();
			stdout.delete();
			stderr.delete();
		}
	}

	/**
	 * Runs one operation.
	 */
	public JsonNode run(Map<String, ?> operation) {
		return run(List.of(operation)).get(0);
	}

	public JsonMapper json() {
		return this.json;
	}

	private static File temporaryFile(String name) {
		try {
			return Files.createTempFile("authjs-jwt-interop-", "." + name).toFile();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not create a file for the script's " + name, ex);
		}
	}

}
