package io.github.authadapter.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the benchmark and writes {@code BENCHMARKS.md} and {@code benchmarks.png}:
 * {@code java -jar benchmarks/target/auth-adapter-benchmarks.jar [--quick] [--name=value ...]} from the repository's
 * root; {@code --help} lists the settings.
 */
public final class BenchmarkMain {

	static final String MARKDOWN = "BENCHMARKS.md";

	static final String CHART = "benchmarks.png";

	/**
	 * The heading of the section that is measured by hand, not by this benchmark, and that a rewrite keeps.
	 */
	static final String STARTUP_SECTION = "## Start-up time and memory of the sample app";

	private BenchmarkMain() {
	}

	public static void main(String[] arguments) throws IOException {
		System.setProperty("java.awt.headless", "true");
		BenchmarkSettings settings;
		try {
			settings = BenchmarkSettings.parse(arguments);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		System.out.println("Benchmark: " + settings);
		Path markdown = write(new BenchmarkRun(settings).run(), settings.outputDirectory());
		System.out.println("Wrote " + markdown.toAbsolutePath() + " and " + CHART);
	}

	/**
	 * Writes the report into the directory.
	 * @return the markdown file
	 */
	static Path write(Report report, Path directory) throws IOException {
		Files.createDirectories(directory);
		new BenchmarkChart(report).write(directory.resolve(CHART));
		Path markdown = directory.resolve(MARKDOWN);
		String previous = Files.exists(markdown) ? Files.readString(markdown, StandardCharsets.UTF_8) : "";
		Files.writeString(markdown, keepingTheStartupSection(new MarkdownReport(report).render(CHART), previous),
				StandardCharsets.UTF_8);
		return markdown;
	}

	/**
	 * The report, followed by the start-up section of the previous report, if it had one.
	 */
	static String keepingTheStartupSection(String report, String previous) {
		int section = previous.indexOf(STARTUP_SECTION);
		if (section < 0) {
			return report;
		}
		return report.stripTrailing() + "\n\n" + previous.substring(section);
	}

}
