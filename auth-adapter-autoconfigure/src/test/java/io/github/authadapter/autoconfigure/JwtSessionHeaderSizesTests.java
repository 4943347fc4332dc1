package io.github.authadapter.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link JwtSessionHeaderSizes}.
 */
class JwtSessionHeaderSizesTests {

	@Test
	void raisesTheHeaderLimitsWhereJwtSessionsAreAccepted() {
		for (String[] properties : new String[][] { { "auth.adapter.session.strategy", "jwt" },
				{ "auth.adapter.session.accept", "database,jwt" } }) {
			MockEnvironment environment = new MockEnvironment().withProperty(properties[0], properties[1]);
			new JwtSessionHeaderSizes().postProcessEnvironment(environment, new SpringApplication());
			assertThat(environment.getProperty("server.max-http-request-header-size")).isEqualTo("64KB");
			assertThat(environment.getProperty("server.tomcat.max-http-response-header-size")).isEqualTo("64KB");
		}
	}

	@Test
	void leavesTheLimitsOfTheApplicationAndOfDatabaseSessionsAlone() {
		MockEnvironment own = new MockEnvironment().withProperty("auth.adapter.session.strategy", "jwt")
			.withProperty("server.max-http-request-header-size", "16KB");
		new JwtSessionHeaderSizes().postProcessEnvironment(own, new SpringApplication());
		assertThat(own.getProperty("server.max-http-request-header-size")).isEqualTo("16KB");
		MockEnvironment database = new MockEnvironment();
		new JwtSessionHeaderSizes().postProcessEnvironment(database, new SpringApplication());
		assertThat(database.getProperty("server.max-http-request-header-size")).isNull();
		MockEnvironment invalid = new MockEnvironment().withProperty("auth.adapter.session.strategy", "cookies");
		new JwtSessionHeaderSizes().postProcessEnvironment(invalid, new SpringApplication());
		assertThat(invalid.getProperty("server.max-http-request-header-size")).isNull();
	}

}
