package io.github.authadapter.sample;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:sample-app-tests")
// The profile that the app has by default, whatever SPRING_PROFILES_ACTIVE the caller's shell sets.
@ActiveProfiles("dev")
class SampleApplicationTests {

	@Autowired
	private Adapter adapter;

	@Test
	void storesUsersInTheAuthJsTables() {
		AdapterUser user = this.adapter.createUser(AdapterUser.withEmail("sample@example.com"));
		assertThat(this.adapter.getUserByEmail("sample@example.com")).contains(user);
	}

}
