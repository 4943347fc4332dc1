package io.github.authadapter.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench-pg-adapter.mjs}: Auth.js's own {@code @auth/pg-adapter} from npm on Node, one long-lived process for
 * the whole run so that its JIT warms up as the JVM's does. It takes one measurement per JSON line on its standard
 * input and answers each with one line on its standard output.
 */
final class NodeAuthJs implements AutoCloseable {

	static final String SCRIPT = "bench-pg-adapter.mjs";

	private final JsonMapper json = JsonMapper.builder().build();

	private final Process process;

	private final BufferedReader answers;

	private final Writer commands;

	private final JsonNode versions;

	private NodeAuthJs(Process process) {
		this.process = process;
		this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
		this.versions = readAnswer("start");
	}

	/**
	 * Starts the script, after {@code npm ci} if its packages are not installed yet.
	 * @param databases the JDBC URLs of the databases it connects to, by the names measurements use
	 */
	static NodeAuthJs start(Path directory, Map<String, String> databases, String username, String password,
			int poolSize) {
		if (!Files.isRegularFile(directory.resolve(SCRIPT))) {
			throw new IllegalStateException(directory.resolve(SCRIPT).toAbsolutePath() + " is missing. Run the "
					+ "benchmark from the repository's root directory, or point --authjs-dir at interop/authjs.");
		}
		if (!Files.isDirectory(directory.resolve("node_modules/@auth/pg-adapter"))) {
			run(new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(directory.toFile()).inheritIO());
		}
		Map<String, String> urls = new LinkedHashMap<>();
		databases.forEach((name, jdbcUrl) -> urls.put(name, nodeUrl(jdbcUrl)));
		ProcessBuilder builder = new ProcessBuilder("node", SCRIPT).directory(directory.toFile())
			.redirectError(ProcessBuilder.Redirect.INHERIT);
		// Node connects as JDBC does, by the URL and the credentials alone: no PGSSLMODE or the like from the shell.
		builder.environment().keySet().removeIf((name) -> name.startsWith("PG"));
		// node-postgres reads the credentials from libpq's variables, which keeps them off the command line.
		builder.environment().put("PGUSER", username);
		builder.environment().put("PGPASSWORD", password);
		builder.environment().put("BENCH_DATABASES", JsonMapper.builder().build().writeValueAsString(urls));
		builder.environment().put("BENCH_POOL_SIZE", Integer.toString(poolSize));
		try {
			return new NodeAuthJs(builder.start());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start node " + SCRIPT + ": install Node 20 or later", ex);
		}
	}

	/**
	 * Node's version and those of the npm packages, by name.
	 */
	Map<String, String> versions() {
		Map<String, String> versions = new LinkedHashMap<>();
		this.versions.properties().forEach((entry) -> versions.put(entry.getKey(), entry.getValue().asString()));
		return versions;
	}

	/**
	 * Runs a measurement on one of the databases.
	 */
	Sample measure(String database, Measurement measurement) {
		Map<String, Object> command = new LinkedHashMap<>();
		command.put("database", database);
		command.put("operation", measurement.operation().key());
		command.put("sessions", measurement.sessions());
		command.put("callers", measurement.callers());
		command.put("millis", measurement.duration().toMillis());
		Measurement.TokenBatch batch = measurement.tokenBatch();
		if (batch != null) {
			command.put("tokenBatch", Map.of("name", batch.name(), "count", batch.count()));
		}
		try {
			this.commands.write(this.json.writeValueAsString(command) + "\n");
			this.commands.flush();
		}
		catch (IOException ex) {
			throw new IllegalStateException(SCRIPT + " stopped taking measurements", ex);
		}
		JsonNode answer = readAnswer(measurement.operation().key());
		return new Sample(answer.get("calls").asLong(), answer.get("elapsedNanos").asLong(),
				answer.get("p50Nanos").asLong(), answer.get("p99Nanos").asLong());
	}

	private JsonNode readAnswer(String what) {
		try {
			String line = this.answers.readLine();
			if (line == null) {
				throw new IllegalStateException(SCRIPT + " ended during " + what + "; its error is above");
			}
			JsonNode answer = this.json.readTree(line);
			if (answer.has("error")) {
				throw new IllegalStateException(SCRIPT + " failed during " + what + ": "
						+ answer.get("error").asString());
			}
			return answer;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read from " + SCRIPT, ex);
		}
	}

	@Override
	public void close() {
		try {
			this.commands.close();
			this.process.waitFor();
		}
		catch (IOException ex) {
			this.process.destroy();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroy();
		}
	}

	/**
	 * The database's address for node-postgres, without credentials.
	 */
	private static String nodeUrl(String jdbcUrl) {
		URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
		return "postgresql://" + uri.getHost() + ((uri.getPort() != -1) ? ":" + uri.getPort() : "") + uri.getPath();
	}

	private static void run(ProcessBuilder builder) {
		try {
			int exit = builder.start().waitFor();
			if (exit != 0) {
				throw new IllegalStateException(String.join(" ", builder.command()) + " failed with exit code " + exit);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run " + List.copyOf(builder.command()), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + builder.command(), ex);
		}
	}

	/**
	 * One of the script's databases as a contender.
	 *
	 * @param name the name in tables and charts
	 * @param node the running script
	 * @param database the database's name in the script
	 * @param operations the operations it takes part in
	 */
	record NodeContender(String name, NodeAuthJs node, String database, List<Operation> operations)
			implements Contender {

		@Override
		public boolean supports(Operation operation) {
			return this.operations.contains(operation);
		}

		@Override
		public Sample measure(Measurement measurement) {
			return this.node.measure(this.database, measurement);
		}

	}

}
