package io.github.authadapter.sample;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.authadapter.email.EmailAddress;
import io.github.authadapter.email.InvalidEmailAddressException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The identifier of a typed address is the one under which Auth.js's own email sign-in ({@code @auth/core} from npm,
 * run by {@code interop/authjs-client/email-identifier.mjs}) stores the verification token, so that a Next.js app on
 * the same database finds the same user.
 */
class EmailIdentifierInteropTests {

	private static final Path DIRECTORY = Path.of(System.getProperty("user.dir"))
		.resolve("../interop/authjs-client")
		.normalize();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void givesTheIdentifierOfAuthJsForEveryAddressBothAccept() {
		List<String> typed = List.of("ada@example.com", "Ada.Lovelace@Example.COM", "  ada@example.com\t",
				"ada@example.com\u00A0", "\u00A0ada@example.com", "ada@example.com\u202F", "ada@example.com\u2007",
				"\u3000ada@example.com\u3000", "\uFEFFada@example.com", "ada@example.com\u2028", "\nada@example.com\r\n",
				"ada+news@example.com", "ÄDA@EXAMPLE.DE", "ΑΔΑΣ@example.gr", "İstanbul@example.com", "ada@bücher.de",
				"用户@例子.广告", "o'brien@example.ie");
		List<JsonNode> authJs = authJsIdentifiers(typed);
		for (int i = 0; i < typed.size(); i++) {
			assertThat(authJs.get(i).has("identifier")).as("Auth.js accepts %s", authJs.get(i)).isTrue();
			assertThat(EmailAddress.parse(typed.get(i)).value()).as("the identifier of [%s]", typed.get(i))
				.isEqualTo(authJs.get(i).get("identifier").asString());
		}
	}

	@Test
	void refusesWhatAuthJsCutsOrKeepsButCouldNameAnotherRecipient() {
		// Auth.js cuts the domain at a comma and keeps a space inside; either could send the link elsewhere.
		List<String> typed = List.of("ada@example.com,eve@example.org", "ada @example.com", "ada@exa mple.com");
		List<JsonNode> authJs = authJsIdentifiers(typed);
		for (int i = 0; i < typed.size(); i++) {
			assertThat(authJs.get(i).has("identifier")).as("Auth.js accepts %s", typed.get(i)).isTrue();
			String address = typed.get(i);
			assertThatExceptionOfType(InvalidEmailAddressException.class).isThrownBy(() -> EmailAddress.parse(address));
		}
	}

	private List<JsonNode> authJsIdentifiers(List<String> typed) {
		assumeInstalled();
		try {
			File stdin = File.createTempFile("email-identifier", ".json");
			File stdout = File.createTempFile("email-identifier", ".out");
			File stderr = File.createTempFile("email-identifier", ".err");
			Files.writeString(stdin.toPath(), this.json.writeValueAsString(typed), StandardCharsets.UTF_8);
			ProcessBuilder builder = new ProcessBuilder("node", "email-identifier.mjs").directory(DIRECTORY.toFile())
				.redirectInput(stdin)
				.redirectOutput(stdout)
				.redirectError(stderr);
			// Auth.js reads AUTH_* variables of the caller's environment as configuration.
			builder.environment().keySet().removeIf((name) -> name.startsWith("AUTH_") || name.startsWith("NEXTAUTH_"));
			Process process = builder.start();
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("node finishes").isTrue();
			assertThat(process.exitValue()).as(Files.readString(stderr.toPath())).isZero();
			return new ArrayList<>(this.json.readTree(stdout).valueStream().toList());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run node in " + DIRECTORY + "; install Node 20 or later", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void assumeInstalled() {
		if (Files.isDirectory(DIRECTORY.resolve("node_modules/@auth/core"))) {
			return;
		}
		String message = "@auth/core is not installed in " + DIRECTORY
				+ ". Install it with Node 20 or later: npm ci --prefix interop/authjs-client";
		if (Boolean.getBoolean("authadapter.requireDatabases")) {
			Assertions.fail(message + " (required because authadapter.requireDatabases=true)");
		}
		Assumptions.abort(message);
	}

}
