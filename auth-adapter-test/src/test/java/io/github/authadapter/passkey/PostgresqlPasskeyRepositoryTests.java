package io.github.authadapter.passkey;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The passkey repositories on PostgreSQL.
 */
class PostgresqlPasskeyRepositoryTests extends AbstractPasskeyRepositoryTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
