package io.github.authadapter.test;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract suite on H2.
 */
class H2AdapterContractTests extends AbstractAdapterContractTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
