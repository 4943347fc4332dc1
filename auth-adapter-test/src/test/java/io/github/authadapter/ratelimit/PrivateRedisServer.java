package io.github.authadapter.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.github.authadapter.test.TestDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * A Redis server of the test's own, on a free port of 127.0.0.1 and keeping nothing on disk, that the test can kill as
 * a crash would and start again on the same port. Without {@code redis-server} on the path the test is skipped, unless
 * {@value TestDatabase#REQUIRE_PROPERTY} is set.
 */
final class PrivateRedisServer implements AutoCloseable {

	private static final Duration START_BOUND = Duration.ofSeconds(20);

	private final int port;

	private @Nullable Process process;

	private PrivateRedisServer(int port) {
		this.port = port;
	}

	static PrivateRedisServer start() throws IOException, InterruptedException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		PrivateRedisServer server = new PrivateRedisServer(port);
		server.restart();
		return server;
	}

	int port() {
		return this.port;
	}

	/**
	 * Starts the server, empty, and waits until it answers.
	 */
	void restart() throws IOException, InterruptedException {
		List<String> command = List.of("redis-server", "--port", String.valueOf(this.port), "--bind", "127.0.0.1",
				"--save", "", "--appendonly", "no", "--daemonize", "no");
		try {
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
		}
		catch (IOException ex) {
			String reason = "No redis-server on the path to start a private Redis server (" + ex.getMessage() + ")";
			if (Boolean.getBoolean(TestDatabase.REQUIRE_PROPERTY)) {
				throw new IllegalStateException(reason + " (" + TestDatabase.REQUIRE_PROPERTY + " is set, so this fails)",
						ex);
			}
			Assumptions.abort(reason);
		}
		Instant deadline = Instant.now().plus(START_BOUND);
		while (!answersPing()) {
			if (Instant.now().isAfter(deadline) || !this.process.isAlive()) {
				throw new IllegalStateException("The private Redis server on port " + this.port + " did not start");
			}
			Thread.sleep(50);
		}
	}

	/**
	 * Kills the server at once, as a crash would.
	 */
	void kill() throws InterruptedException {
		if (this.process != null) {
			this.process.destroyForcibly().waitFor();
			this.process = null;
		}
	}

	private boolean answersPing() {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(1000);
			OutputStream out = socket.getOutputStream();
			out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] answer = in.readNBytes(7);
			return new String(answer, StandardCharsets.US_ASCII).equals("+PONG\r\n");
		}
		catch (IOException ex) {
			return false;
		}
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}

}
