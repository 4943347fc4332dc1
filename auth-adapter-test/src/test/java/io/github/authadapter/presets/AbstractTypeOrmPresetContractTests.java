package io.github.authadapter.presets;

import java.util.UUID;

import javax.sql.DataSource;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.test.AbstractAdapterContractTests;
import io.github.authadapter.test.AuthJsAdapterScript;
import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract suite on the tables that TypeORM's {@code synchronize} makes of @auth/typeorm-adapter's own entities,
 * with {@code auth.adapter.schema.preset=typeorm}: uuid ids, timestamps as text of milliseconds since the epoch. That
 * schema has no key on an account's provider and provider account id, its foreign keys do not cascade, and its
 * constraints have TypeORM's hashed names, so the tests of the starter's constraints are skipped.
 */
abstract class AbstractTypeOrmPresetContractTests extends AbstractAdapterContractTests {

	protected abstract TestDatabase database();

	@Override
	protected DataSource dataSource() {
		return database().dataSource();
	}

	@Override
	protected Adapter createAdapter(DataSource dataSource) {
		AuthJsAdapterScript.typeOrmAdapter(database()).run("synchronize");
		return startApplication(dataSource, PresetTestApplication.class, "auth.adapter.schema.preset=typeorm");
	}

	@Override
	protected String table(String authJsName) {
		return switch (authJsName) {
			case "users" -> "users";
			case "accounts" -> "accounts";
			case "sessions" -> "sessions";
			case "verification_token" -> "verification_tokens";
			default -> throw new IllegalArgumentException(authJsName);
		};
	}

	@Override
	protected Object userKey(String id) {
		return UUID.fromString(id);
	}

	@Override
	protected boolean hasConstraints() {
		return false;
	}

	@Override
	protected boolean hasAuthenticators() {
		return false;
	}

	@Test
	void newUsersGetRandomUuidsAndAnIdThatIsNoUuidFindsNobody() {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail("typeorm@example.com"));

		assertThat(user.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
		assertThat(adapter().getUser("not-a-uuid")).isEmpty();
	}

}
