package io.github.authadapter.benchmarks;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;

/**
 * The auto-configurations on the benchmark's class path whose names start with given prefixes, as the value of
 * {@code spring.autoconfigure.exclude}: the applications of the whole-request comparison share one class path, and
 * each must get only what its contender would have.
 */
final class AutoConfigurationsOf {

	/** The starter's own. */
	static final String STARTER = "io.github.authadapter.";

	/** Spring Boot's for Spring Security. */
	static final String SPRING_SECURITY = "org.springframework.boot.security.";

	private AutoConfigurationsOf() {
	}

	static String excluding(String... prefixes) {
		Iterable<String> candidates = ImportCandidates.load(AutoConfiguration.class,
				AutoConfigurationsOf.class.getClassLoader());
		return StreamSupport.stream(candidates.spliterator(), false)
			.filter((name) -> Arrays.stream(prefixes).anyMatch(name::startsWith))
			.collect(Collectors.joining(","));
	}

}
