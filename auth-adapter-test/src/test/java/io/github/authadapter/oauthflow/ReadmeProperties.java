package io.github.authadapter.oauthflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The properties of one provider registration as the README shows them, so that a test starts an application with
 * exactly what a reader would copy, with only the values replaced.
 */
final class ReadmeProperties {

	private ReadmeProperties() {
	}

	/**
	 * The README's {@code spring.security.oauth2.client.registration.<id>.*} and {@code .provider.<id>.*} lines, in
	 * their order, as keys and values.
	 */
	static Map<String, String> ofRegistration(String registrationId) {
		Map<String, String> properties = new LinkedHashMap<>();
		for (String line : readme().split("\n")) {
			String trimmed = line.trim();
			if (trimmed.startsWith("spring.security.oauth2.client.registration." + registrationId + ".")
					|| trimmed.startsWith("spring.security.oauth2.client.provider." + registrationId + ".")) {
				int equals = trimmed.indexOf('=');
				properties.put(trimmed.substring(0, equals), trimmed.substring(equals + 1));
			}
		}
		if (properties.isEmpty()) {
			throw new IllegalStateException("The README shows no properties of the registration " + registrationId);
		}
		return properties;
	}

	private static String readme() {
		Path directory = Path.of("").toAbsolutePath();
		// The project's directory, above the module's that Maven runs the tests in.
		while (directory != null && !(Files.isRegularFile(directory.resolve("README.md"))
				&& Files.isDirectory(directory.resolve("auth-adapter-test")))) {
			directory = directory.getParent();
		}
		if (directory == null) {
			throw new IllegalStateException("No README.md of the project above " + Path.of("").toAbsolutePath());
		}
		try {
			return Files.readString(directory.resolve("README.md"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
