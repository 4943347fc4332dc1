package io.github.authadapter.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.authadapter.test.TestDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server of a test's own, in a temporary folder and on a free port, so that the test can stop and
 * start it. It needs the server's binaries ({@code pg_config --bindir} or {@code /usr/lib/postgresql/<version>/bin});
 * without them the test is skipped, unless {@value TestDatabase#REQUIRE_PROPERTY} is set. PostgreSQL refuses to run
 * as root, so as root it runs as the {@code postgres} user.
 */
final class PrivatePostgresqlServer implements AutoCloseable {

	private static final String SERVER_USER = "postgres";

	private final Path binaries;

	private final Path folder;

	private final int port;

	private boolean running;

	private PrivatePostgresqlServer(Path binaries, Path folder, int port) {
		this.binaries = binaries;
		this.folder = folder;
		this.port = port;
	}

	/**
	 * Creates a cluster in a new temporary folder and starts it.
	 */
	static PrivatePostgresqlServer start() throws IOException, InterruptedException {
		Path binaries = findBinaries();
		if (binaries == null) {
			String reason = "No PostgreSQL server binaries (initdb, pg_ctl) found with pg_config or in "
					+ "/usr/lib/postgresql/*/bin; install the postgresql package";
			if (Boolean.getBoolean(TestDatabase.REQUIRE_PROPERTY)) {
				throw new IllegalStateException(reason + " (" + TestDatabase.REQUIRE_PROPERTY + " is set)");
			}
			Assumptions.abort(reason);
		}
		Path folder = Files.createTempDirectory("authadapter-pg-");
		if (isRoot()) {
			UserPrincipalLookupService users = folder.getFileSystem().getUserPrincipalLookupService();
			Files.setOwner(folder, users.lookupPrincipalByName(SERVER_USER));
		}
		PrivatePostgresqlServer server = new PrivatePostgresqlServer(binaries, folder, freePort());
		server.run("initdb", "-D", server.dataFolder(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync",
				"--no-instructions");
		server.startAgain();
		return server;
	}

	String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/postgres";
	}

	/**
	 * Starts the server, and waits until it accepts connections.
	 */
	void startAgain() throws IOException, InterruptedException {
		run("pg_ctl", "-D", dataFolder(), "-l", this.folder.resolve("server.log").toString(), "-w", "-o",
				"-p " + this.port + " -c listen_addresses=127.0.0.1 -k " + this.folder + " -c fsync=off", "start");
		this.running = true;
	}

	/**
	 * Stops the server at once, as a crash would: open connections break and new ones are refused.
	 */
	void stopImmediately() throws IOException, InterruptedException {
		run("pg_ctl", "-D", dataFolder(), "-m", "immediate", "-w", "stop");
		this.running = false;
	}

	@Override
	public void close() throws IOException, InterruptedException {
		if (this.running) {
			stopImmediately();
		}
		try (Stream<Path> files = Files.walk(this.folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	private String dataFolder() {
		return this.folder.resolve("data").toString();
	}

	private void run(String program, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		if (isRoot()) {
			command.addAll(List.of("runuser", "-u", SERVER_USER, "--"));
		}
		command.add(this.binaries.resolve(program).toString());
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		// The server is the test's own: the caller's PGDATA, PGPORT and the like, and a locale that this machine may
		// not have installed (initdb refuses one), must not reach it.
		builder.environment().keySet().removeIf((name) -> name.startsWith("PG") || name.startsWith("LC_"));
		builder.environment().put("LANG", "C.UTF-8");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(program + " failed: " + output);
		}
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static @Nullable Path findBinaries() throws IOException, InterruptedException {
		List<Path> candidates = new ArrayList<>();
		try {
			Process pgConfig = new ProcessBuilder("pg_config", "--bindir").start();
			String bindir = new String(pgConfig.getInputStream().readAllBytes()).trim();
			if (pgConfig.waitFor() == 0 && !bindir.isEmpty()) {
				candidates.add(Path.of(bindir));
			}
		}
		catch (IOException ex) {
			// No pg_config on the path; try the Debian folders.
		}
		Path debian = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(debian)) {
			try (Stream<Path> versions = Files.list(debian)) {
				versions.sorted(Comparator.reverseOrder()).forEach((version) -> candidates.add(version.resolve("bin")));
			}
		}
		return candidates.stream()
			.filter((bin) -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
			.findFirst()
			.orElse(null);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
