package io.github.authadapter.roundtrip;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The round trips on PostgreSQL.
 */
class PostgresqlAdapterRoundTripTests extends AbstractAdapterRoundTripTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
