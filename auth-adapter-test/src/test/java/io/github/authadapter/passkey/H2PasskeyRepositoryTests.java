package io.github.authadapter.passkey;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The passkey repositories on H2.
 */
class H2PasskeyRepositoryTests extends AbstractPasskeyRepositoryTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
