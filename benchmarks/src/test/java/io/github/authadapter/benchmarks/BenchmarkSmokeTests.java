package io.github.authadapter.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.authadapter.test.AuthJsScript;
import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole benchmark, shrunk to a fraction of a second of measuring, so that the build proves it still runs. Its
 * figures mean nothing; the real run is the command in docs/BENCHMARKS.md.
 */
class BenchmarkSmokeTests {

	@RegisterExtension
	static final TestDatabase server = TestDatabase.postgresql();

	@TempDir
	Path output;

	@Test
	void runsEveryContenderAndWritesTheReportAndTheChart() throws Exception {
		// Skips without Node's packages, or fails when CI requires them, as the interop tests do.
		AuthJsScript.on(NodeAuthJs.SCRIPT, server);
		BenchmarkSettings settings = BenchmarkSettings.parse("--jdbc-url=" + server.jdbcUrl(),
				"--username=" + server.username(), "--password=" + server.password(), "--sessions=300",
				"--scale-sessions=100", "--threads=1,2", "--rounds=1", "--warm-up-millis=0", "--measure-millis=40",
				"--request-millis=1000",
				"--authjs-dir=" + AuthJsScript.DIRECTORY, "--output-dir=" + this.output);

		Path markdown = BenchmarkMain.write(new BenchmarkRun(settings).run(), settings.outputDirectory());

		String report = Files.readString(markdown);
		assertThat(report).contains("A short run, not the reference figures", MarkdownReport.COMMAND,
				// A decimal point in the tests' Turkish locale too (see the root pom's argLine).
				"at least 0.85x raw JDBC",
				"| getSessionAndUser | 2 | @auth/pg-adapter, own schema |", "| 100 sessions | 300 sessions |");
		for (Operation operation : Operation.values()) {
			List<String> contenders = operation.isAdapterCall() ? Report.CONTENDERS.subList(0, 3)
					: List.of(BenchmarkRun.JDBC, BenchmarkRun.STARTER, BenchmarkRun.JWT);
			for (String contender : contenders) {
				assertThat(report).contains("| " + operation.label() + " | 1 | " + contender + " |");
			}
		}
		if (Wrk.find().isPresent()) {
			for (String contender : WholeRequests.CONTENDERS) {
				assertThat(report).contains("| 1 | " + contender + " |", "| 2 | " + contender + " |");
			}
		}
		else {
			assertThat(report).contains("Not measured in this run: wrk was not found");
		}
		byte[] png = Files.readAllBytes(this.output.resolve(BenchmarkMain.CHART));
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
	}

}
