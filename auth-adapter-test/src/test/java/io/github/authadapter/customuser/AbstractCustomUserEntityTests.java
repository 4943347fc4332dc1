package io.github.authadapter.customuser;

import java.util.Map;

import javax.sql.DataSource;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.UserUpdate;
import io.github.authadapter.test.AbstractAdapterContractTests;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The contract suite with an application's own user entity, and its extra fields through the Adapter.
 */
public abstract class AbstractCustomUserEntityTests extends AbstractAdapterContractTests {

	@Override
	protected Adapter createAdapter(DataSource dataSource) {
		return startApplication(dataSource, CustomUserApplication.class, CustomUserApplication.MIGRATIONS);
	}

	@Test
	void theApplicationsEntityMapsTheUsersTable() {
		assertThat(applicationContext().getBean(EntityManagerFactory.class).getMetamodel().getEntities())
			.extracting((entity) -> entity.getJavaType().getSimpleName())
			.contains("AppUser")
			.doesNotContain("UserEntity");
	}

	@Test
	void extraFieldsRoundTripThroughTheAdapter() {
		AdapterUser created = adapter().createUser(
				AdapterUser.withEmail("admin@example.com").withAttributes(Map.of("role", "admin", "phone", "+1 555")));

		assertThat(created.attribute("role")).isEqualTo("admin");
		assertThat(jdbc().queryForMap("SELECT role, phone FROM users WHERE id = ?", Long.parseLong(created.id())))
			.containsEntry("role", "admin")
			.containsEntry("phone", "+1 555");
		assertThat(adapter().getUserByEmail("admin@example.com")).contains(created);

		AdapterUser updated = adapter().updateUser(UserUpdate.of(created.id()).withAttribute("phone", null)).get();
		assertThat(updated.attributes()).containsEntry("role", "admin").containsEntry("phone", null);
	}

	@Test
	void extraFieldsReachTheSessionsUser() {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail("member@example.com"));
		adapter().createSession(new AdapterSession("custom-user-session", user.id(),
				java.time.Instant.parse("2030-01-01T00:00:00Z")));
		AdapterUser found = adapter().getSessionAndUser("custom-user-session").get().user();
		assertThat(found.attribute("role")).isEqualTo("user");
		assertThat(found).isEqualTo(adapter().getUser(user.id()).get());
	}

	@Test
	void unknownOrMistypedExtraFieldsAreRefusedClearly() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> adapter()
				.createUser(AdapterUser.withEmail("x@example.com").withAttributes(Map.of("nickname", "X"))))
			.withMessageContaining("nickname")
			.withMessageContaining("[phone, role]");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> adapter()
				.createUser(AdapterUser.withEmail("y@example.com").withAttributes(Map.of("role", 42))))
			.withMessageContaining("role")
			.withMessageContaining("String");
		assertThat(adapter().getUserByEmail("x@example.com")).isEmpty();
	}

}
