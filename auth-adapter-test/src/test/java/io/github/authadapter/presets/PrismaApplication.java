package io.github.authadapter.presets;

import java.util.UUID;

import io.github.authadapter.jpa.UserIdGenerator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * An application on Prisma's schema that gives new users ids of its own instead of the preset's cuid-like ones.
 */
@Import(PresetTestApplication.class)
class PrismaApplication {

	@Bean
	UserIdGenerator userIdGenerator() {
		return () -> "user_" + UUID.randomUUID();
	}

}
