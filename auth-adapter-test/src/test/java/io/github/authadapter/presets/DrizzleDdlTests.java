package io.github.authadapter.presets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.github.authadapter.test.AuthJsScript;
import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DDL of the Drizzle preset among the test resources is what the real drizzle-kit makes today of the tables that
 * @auth/drizzle-adapter defines, so that the tests run on Drizzle's schema and not on a copy of it that drifted.
 */
class DrizzleDdlTests {

	// drizzle-kit needs no database; the script runner wants one to point at.
	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "mysql" })
	void theTestResourceIsWhatDrizzleKitMakes(String provider) throws IOException {
		String resource = "presets/drizzle/" + provider + ".sql";
		String kept = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);

		String made = AuthJsScript.in("drizzle", "drizzle-kit", "drizzle.mjs", database)
			.run("ddl-json", Map.of("provider", provider))
			.get("ddl")
			.asString();

		assertThat(kept).as(resource).endsWith(made).contains("CREATE TABLE");
	}

}
