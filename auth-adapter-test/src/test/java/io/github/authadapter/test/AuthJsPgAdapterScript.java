package io.github.authadapter.test;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.authadapter.AdapterAccount;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.VerificationToken;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code interop/authjs/pg-adapter-interop.mjs}, which drives Auth.js's own {@code @auth/pg-adapter} from npm,
 * against a test database. Rows go to the script as JSON in the environment and come back as JSON on its standard
 * output; what it prints on standard error, which never holds a secret, goes into the failure message.
 */
final class AuthJsPgAdapterScript {

	/**
	 * Where the script and its {@code package.json} are. Surefire runs tests in the module's directory.
	 */
	static final Path DIRECTORY = Path.of(System.getProperty("user.dir")).resolve("../interop/authjs").normalize();

	private static final String SCRIPT = "pg-adapter-interop.mjs";

	private static final long TIMEOUT_SECONDS = 60;

	// Far from UTC and from the JVM's zone in the tests, so that a timestamp read or written in local time shows.
	private static final String NODE_TIME_ZONE = "America/St_Johns";

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final TestDatabase database;

	private AuthJsPgAdapterScript(TestDatabase database) {
		this.database = database;
	}

	/**
	 * The script on the given PostgreSQL database. Skips the test class when the npm packages are not installed, or
	 * fails it when {@value TestDatabase#REQUIRE_PROPERTY} is set, as in CI.
	 */
	static AuthJsPgAdapterScript on(TestDatabase database) {
		if (!Files.isRegularFile(DIRECTORY.resolve(SCRIPT))) {
			throw new IllegalStateException("The Auth.js interop script is missing: " + DIRECTORY.resolve(SCRIPT));
		}
		if (!Files.isDirectory(DIRECTORY.resolve("node_modules/@auth/pg-adapter"))) {
			unavailable("@auth/pg-adapter is not installed in " + DIRECTORY
					+ ". Install it with Node 20 or later: npm ci --prefix interop/authjs");
		}
		return new AuthJsPgAdapterScript(database);
	}

	/**
	 * Lets Auth.js call every method of its adapter on rows of its own.
	 * @return the user, account, session and verification token it left behind
	 */
	Rows write() {
		JsonNode written = run("write", null);
		return new Rows(this.json.treeToValue(written.get("user"), AdapterUser.class),
				this.json.treeToValue(written.get("account"), AdapterAccount.class),
				this.json.treeToValue(written.get("session"), AdapterSession.class),
				this.json.treeToValue(written.get("verificationToken"), VerificationToken.class));
	}

	/**
	 * Lets Auth.js check the given rows, consume the verification token, rename the user and change the session's
	 * expiry.
	 * @return the user as Auth.js's {@code updateUser} returned it
	 */
	AdapterUser read(Rows rows, String newName, Instant newSessionExpiry) {
		JsonNode result = run("read", Map.of("user", rows.user(), "account", rows.account(), "session", rows.session(),
				"verificationToken", rows.verificationToken(),
				"changes", Map.of("name", newName, "sessionExpires", newSessionExpiry)));
		return this.json.treeToValue(result.get("user"), AdapterUser.class);
	}

	/**
	 * Lets Auth.js delete the user of the given account and session, and check that both went with it.
	 */
	void deleteUser(AdapterAccount account, AdapterSession session) {
		run("delete-user", Map.of("userId", account.userId(), "provider", account.provider(), "providerAccountId",
				account.providerAccountId(), "sessionToken", session.sessionToken()));
	}

	private JsonNode run(String phase, @Nullable Object input) {
		String command = "node " + SCRIPT + " " + phase + " in " + DIRECTORY + " on " + databaseUrl();
		File stdout = temporaryFile("stdout");
		File stderr = temporaryFile("stderr");
		ProcessBuilder builder = new ProcessBuilder("node", SCRIPT, phase).directory(DIRECTORY.toFile())
			.redirectOutput(stdout)
			.redirectError(stderr);
		Map<String, String> environment = builder.environment();
		environment.put("DATABASE_URL", databaseUrl());
		// node-postgres reads the credentials from libpq's variables, which keeps them out of the command line.
		environment.put("PGUSER", this.database.username());
		environment.put("PGPASSWORD", this.database.password());
		environment.put("TZ", NODE_TIME_ZONE);
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
	 * The database's address for node-postgres, without credentials.
	 */
	private String databaseUrl() {
		URI jdbc = URI.create(this.database.jdbcUrl().substring("jdbc:".length()));
		return "postgresql://" + jdbc.getHost() + ((jdbc.getPort() != -1) ? ":" + jdbc.getPort() : "") + jdbc.getPath();
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

	/**
	 * One of each row that the adapters exchange.
	 *
	 * @param user the user
	 * @param account an account of the user, with every token field
	 * @param session a session of the user
	 * @param verificationToken a verification token for the user's email
	 */
	record Rows(AdapterUser user, AdapterAccount account, AdapterSession session,
			VerificationToken verificationToken) {
	}

}
