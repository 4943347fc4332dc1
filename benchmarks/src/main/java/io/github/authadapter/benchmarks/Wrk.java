package io.github.authadapter.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The load generator of the whole-request comparison: <a href="https://github.com/wg/wrk">wrk</a>, a separate native
 * process, so that the client's own work is not counted in the allocation of the JVM that serves the requests.
 * Install it with {@code apt-get install wrk} on Debian and Ubuntu, {@code brew install wrk} on macOS.
 */
final class Wrk {

	static final String INSTALL = "apt-get install wrk (Debian, Ubuntu) or brew install wrk (macOS)";

	private static final Pattern RESULT = Pattern
		.compile("RESULT requests=(\\d+) micros=(\\d+) errors=(\\d+) failures=(\\d+) p50=(\\d+) p99=(\\d+)");

	private final Path executable;

	private final Path script;

	private Wrk(Path executable, Path script) {
		this.executable = executable;
		this.script = script;
	}

	/**
	 * The wrk on the {@code PATH}, if there is one.
	 */
	static Optional<Wrk> find() {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		return Stream.of(path.split(File.pathSeparator))
			.map((directory) -> Path.of(directory, "wrk"))
			.filter(Files::isExecutable)
			.findFirst()
			.map((executable) -> new Wrk(executable, script()));
	}

	/**
	 * One measurement: requests at {@code connections} connections for the duration, each with a cookie of a random
	 * line of the file; what the JVM allocated meanwhile, in every thread, is divided by the requests.
	 */
	WholeRequests.Sample run(String url, Path cookies, int connections, Duration duration) {
		long seconds = Math.max(1, (duration.toMillis() + 999) / 1000);
		ProcessBuilder builder = new ProcessBuilder(this.executable.toString(), "-t" + Math.min(connections, 2),
				"-c" + connections, "-d" + seconds + "s", "--timeout", "10s", "-s", this.script.toString(), url)
			.redirectErrorStream(true);
		builder.environment().put("BENCH_COOKIES", cookies.toString());
		long allocatedBefore = allocatedBytes();
		String output;
		try {
			Process process = builder.start();
			output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (process.waitFor() != 0) {
				throw new IllegalStateException("wrk failed: " + output);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run " + this.executable, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while wrk ran", ex);
		}
		long allocated = allocatedBytes() - allocatedBefore;
		Matcher result = RESULT.matcher(output);
		if (!result.find()) {
			throw new IllegalStateException("wrk gave no result: " + output);
		}
		long requests = Long.parseLong(result.group(1));
		long errors = Long.parseLong(result.group(3));
		long failures = Long.parseLong(result.group(4));
		if (requests == 0 || errors > 0 || failures > 0) {
			throw new IllegalStateException(String.format("%s: %d requests, %d socket errors, %d answers that were "
					+ "not a signed-in session; wrk wrote:%n%s", url, requests, errors, failures, output));
		}
		return new WholeRequests.Sample(requests * 1e6 / Long.parseLong(result.group(2)),
				(double) allocated / requests, Long.parseLong(result.group(5)) / 1e3,
				Long.parseLong(result.group(6)) / 1e3);
	}

	/**
	 * What every thread of this JVM has allocated so far; a measurement's difference is what its requests cost,
	 * since only one server is under load at a time.
	 */
	private static long allocatedBytes() {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
			.getThreadMXBean();
		long total = 0;
		for (long allocated : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
			total += Math.max(0, allocated);
		}
		return total;
	}

	private static Path script() {
		try (InputStream in = Wrk.class.getResourceAsStream("/whole-requests.lua")) {
			if (in == null) {
				throw new IllegalStateException("whole-requests.lua is missing from the benchmark's jar");
			}
			Path script = Files.createTempFile("whole-requests", ".lua");
			script.toFile().deleteOnExit();
			Files.write(script, in.readAllBytes());
			return script;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write wrk's script", ex);
		}
	}

}
