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
 * The contract suite on the tables that the migration of Auth.js's Kysely adapter documentation creates, run by
 * Kysely's own Migrator, with {@code auth.adapter.schema.preset=kysely}. That schema has no key on an account's
 * provider and provider account id, so the tests of the starter's constraints are skipped.
 */
abstract class AbstractKyselyPresetContractTests extends AbstractAdapterContractTests {

	protected abstract TestDatabase database();

	@Override
	protected DataSource dataSource() {
		return database().dataSource();
	}

	@Override
	protected Adapter createAdapter(DataSource dataSource) {
		AuthJsAdapterScript.kyselyAdapter(database()).run("migrate");
		return startApplication(dataSource, PresetTestApplication.class, "auth.adapter.schema.preset=kysely");
	}

	@Override
	protected String table(String authJsName) {
		return switch (authJsName) {
			case "users" -> quoted("User");
			case "accounts" -> quoted("Account");
			case "sessions" -> quoted("Session");
			case "verification_token" -> quoted("VerificationToken");
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
		AdapterUser user = adapter().createUser(AdapterUser.withEmail("kysely@example.com"));

		assertThat(user.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
		assertThat(adapter().getUser("not-a-uuid")).isEmpty();
	}

}
