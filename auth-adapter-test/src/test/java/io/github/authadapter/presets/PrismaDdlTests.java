package io.github.authadapter.presets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.github.authadapter.test.AuthJsScript;
import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL DDL of the Prisma presets among the test resources is what the real Prisma CLI makes today from the
 * models in {@code interop/prisma/models}, so that the tests run on Prisma's schema and not on a copy of it that
 * drifted.
 */
class PrismaDdlTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@ParameterizedTest
	@EnumSource(PrismaSchema.class)
	void theTestResourceIsWhatThePrismaCliMakes(PrismaSchema schema) throws IOException {
		String resource = schema.ddl(database.dataSource());
		String kept = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);

		String made = AuthJsScript.in("prisma", "prisma", "prisma.mjs", database)
			.run("ddl-json", Map.of("variant", schema.variant(), "provider", "postgresql"))
			.get("ddl")
			.asString();

		assertThat(withoutComments(kept)).as(resource).isEqualTo(withoutComments(made)).contains("CREATE TABLE");
	}

	// The resource's header says where it came from; the CLI writes a comment before each statement.
	private static String withoutComments(String ddl) {
		return ddl.lines().filter((line) -> !line.startsWith("--") && !line.isBlank()).reduce("", (a, b) -> a + b + "\n");
	}

}
