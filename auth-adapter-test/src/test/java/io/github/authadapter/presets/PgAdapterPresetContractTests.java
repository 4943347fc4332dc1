package io.github.authadapter.presets;

import javax.sql.DataSource;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAuthenticator;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.test.AbstractAdapterContractTests;
import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The contract suite on the schema that @auth/pg-adapter documents, with {@code auth.adapter.schema.preset=pg-adapter}:
 * serial ids, no constraints but the primary keys, no authenticators table.
 */
class PgAdapterPresetContractTests extends AbstractAdapterContractTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

	@Override
	protected Adapter createAdapter(DataSource dataSource) {
		PresetTestApplication.createSchema(dataSource, "presets/pg-adapter-schema.sql");
		// Hibernate's validation would call the schema's SERIAL int4 ids narrower than the entities' BIGINT; they
		// work, and Spring Boot validates nothing on a server database unless asked to.
		return startApplication(dataSource, PresetTestApplication.class, "auth.adapter.schema.preset=pg-adapter",
				"spring.jpa.hibernate.ddl-auto=none");
	}

	@Override
	protected Object userKey(String id) {
		return Integer.parseInt(id);
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
	void authenticatorsAreRefusedWithAClearMessage() {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail("passkey@example.com"));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> adapter().createAuthenticator(new AdapterAuthenticator("cred", user.id(), "account",
					"key", 0, "singleDevice", false, null)))
			.withMessageContaining("no authenticators table");
	}

}
