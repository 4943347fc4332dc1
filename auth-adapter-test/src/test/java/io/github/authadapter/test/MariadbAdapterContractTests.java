package io.github.authadapter.test;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract suite on MariaDB.
 */
class MariadbAdapterContractTests extends AbstractAdapterContractTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
