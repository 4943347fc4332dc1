package io.github.authadapter.presets;

import java.util.UUID;

import javax.sql.DataSource;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.test.AbstractAdapterContractTests;
import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract suite on the tables that @auth/supabase-adapter's own migrations create in the {@code next_auth}
 * schema, with {@code auth.adapter.schema.preset=supabase}: its keys, unique constraints and foreign keys are the
 * starter's, so only the passkey tests are skipped, as the schema has no authenticators table.
 */
class PostgresqlSupabasePresetContractTests extends AbstractAdapterContractTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

	@Override
	protected Adapter createAdapter(DataSource dataSource) {
		SupabaseSchema.create(dataSource);
		return startApplication(dataSource, PresetTestApplication.class, "auth.adapter.schema.preset=supabase");
	}

	@Override
	protected String table(String authJsName) {
		return switch (authJsName) {
			case "users", "accounts", "sessions" -> "next_auth." + authJsName;
			case "verification_token" -> "next_auth.verification_tokens";
			default -> throw new IllegalArgumentException(authJsName);
		};
	}

	@Override
	protected Object userKey(String id) {
		return UUID.fromString(id);
	}

	@Override
	protected boolean hasAuthenticators() {
		return false;
	}

	@Test
	void theDatabaseMakesTheIdsOfNewUsersAndItsTriggerCopiesThemToThePublicUsersTable() {
		AdapterUser user = adapter().createUser(new AdapterUser(null, "Ada", "supabase@example.com", null, null));

		assertThat(user.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
		// The second migration's trigger copies each new next_auth user to the application's public.users.
		assertThat(jdbc().queryForObject("SELECT name FROM public.users WHERE id = ?", String.class,
				UUID.fromString(user.id())))
			.isEqualTo("Ada");
		assertThat(adapter().getUser("not-a-uuid")).isEmpty();
	}

	@Test
	void deletingAUserRemovesItsCopyInThePublicUsersTable() {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail("gone@example.com"));

		adapter().deleteUser(user.id());

		assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM public.users WHERE id = ?", Integer.class,
				UUID.fromString(user.id())))
			.isZero();
	}

}
