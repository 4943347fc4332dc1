package io.github.authadapter.presets;

import java.util.UUID;

import javax.sql.DataSource;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.jpa.ColumnNaming;
import io.github.authadapter.test.AbstractAdapterContractTests;
import io.github.authadapter.test.AuthJsAdapterScript;
import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract suite on the tables that Sequelize's sync makes of @auth/sequelize-adapter's own models, with
 * {@code auth.adapter.schema.preset=sequelize}: snake_case columns, uuid ids, {@code VARCHAR(255)} tokens. That schema
 * has no key on an account's provider and provider account id, so the tests of the starter's constraints are skipped.
 */
abstract class AbstractSequelizePresetContractTests extends AbstractAdapterContractTests {

	protected abstract TestDatabase database();

	@Override
	protected DataSource dataSource() {
		return database().dataSource();
	}

	@Override
	protected Adapter createAdapter(DataSource dataSource) {
		AuthJsAdapterScript.sequelizeAdapter(database()).run("synchronize");
		return startApplication(dataSource, PresetTestApplication.class, "auth.adapter.schema.preset=sequelize",
				// Hibernate's validation calls the INTEGER expires_at narrower than the entity's long; the starter's own
				// check of the catalogue takes any width of integer.
				"spring.jpa.hibernate.ddl-auto=none");
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
	protected String column(String authJsName) {
		return ColumnNaming.SNAKE_CASE.columnName(authJsName);
	}

	@Override
	protected boolean storesExpiresAtPast2038() {
		return false;
	}

	@Override
	protected int longestToken() {
		return 255;
	}

	@Override
	protected boolean hasAuthenticators() {
		return false;
	}

	@Test
	void newUsersGetRandomUuidsAndAnIdThatIsNoUuidFindsNobody() {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail("sequelize@example.com"));

		assertThat(user.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
		assertThat(adapter().getUser("not-a-uuid")).isEmpty();
	}

}
