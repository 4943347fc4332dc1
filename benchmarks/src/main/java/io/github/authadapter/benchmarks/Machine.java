package io.github.authadapter.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the benchmark ran on, for the report.
 *
 * @param facts descriptions by name, in the order the report lists them
 */
record Machine(Map<String, String> facts) {

	Machine {
		facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
	}

	/**
	 * The 1, 5 and 15 minute load averages of the machine, or "unknown" where {@code /proc/loadavg} is missing.
	 */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
			return String.join(", ", fields[0], fields[1], fields[2]);
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	/**
	 * @param loadAtStart the {@link #loadAverage()} before the run: other work on the machine moves the figures, and
	 * the report should say how busy it was
	 */
	static Machine describe(DataSource database, Map<String, String> nodeVersions, String loadAtStart) {
		Map<String, String> facts = new LinkedHashMap<>();
		String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name").map((model) -> ", " + model).orElse("");
		facts.put("CPUs", Runtime.getRuntime().availableProcessors() + " (nproc)" + cpu);
		firstValue(Path.of("/proc/meminfo"), "MemTotal").ifPresent((memory) -> facts.put("Memory", String
			.format(Locale.ROOT, "%.1f GiB", Long.parseLong(memory.replace("kB", "").strip()) / 1024.0 / 1024.0)));
		facts.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch"));
		facts.put("PostgreSQL", new JdbcTemplate(database).queryForObject("SELECT version()", String.class));
		facts.put("JDK", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
		facts.put("JVM", String.format(Locale.ROOT, "%s, max heap %.1f GiB",
				ManagementFactory.getGarbageCollectorMXBeans()
					.stream()
					.map(GarbageCollectorMXBean::getName)
					.collect(Collectors.joining(" + ")),
				Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0 / 1024.0));
		facts.put("Load average (1, 5, 15 min)", loadAtStart + " at the start, " + loadAverage() + " at the end");
		nodeVersions.forEach((name, version) -> facts.put(name.equals("node") ? "Node" : name, version));
		return new Machine(facts);
	}

	private static Optional<String> firstValue(Path file, String key) {
		try (var lines = Files.lines(file)) {
			return lines.filter((line) -> line.startsWith(key))
				.map((line) -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst();
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

}
