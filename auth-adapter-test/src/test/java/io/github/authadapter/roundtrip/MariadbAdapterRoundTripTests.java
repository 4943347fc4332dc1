package io.github.authadapter.roundtrip;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The round trips on MariaDB.
 */
class MariadbAdapterRoundTripTests extends AbstractAdapterRoundTripTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
