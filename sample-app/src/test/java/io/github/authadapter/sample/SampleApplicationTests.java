package io.github.authadapter.sample;

import java.util.Map;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:sample-app-tests")
// The profile that needs no secret, address or mail server.
@ActiveProfiles("dev")
class SampleApplicationTests {

	@Autowired
	private Adapter adapter;

	@Autowired
	private ConfigurableEnvironment environment;

	@Test
	void storesUsersInTheAuthJsTables() {
		AdapterUser user = this.adapter.createUser(AdapterUser.withEmail("sample@example.com"));
		assertThat(this.adapter.getUserByEmail("sample@example.com")).contains(user);
	}

	/**
	 * The root pom's {@code spring.getenv.ignore}: an {@code AUTH_URL}, {@code AUTH_GITHUB_ID} or
	 * {@code SPRING_PROFILES_ACTIVE} in the shell that runs the tests does not reach the app.
	 */
	@Test
	void seesNoEnvironmentVariableOfTheShellThatRunsTheTests() {
		assertThat(System.getenv()).isNotEmpty();
		Map.Entry<String, String> variable = System.getenv().entrySet().iterator().next();
		assertThat(this.environment.getProperty(variable.getKey())).isNull();
		assertThat(this.environment.getSystemEnvironment()).isEmpty();
	}

}
