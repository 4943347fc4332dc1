package io.github.authadapter.naming;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract suite on H2 with custom table names and snake_case columns.
 */
class H2SnakeCaseSchemaContractTests extends AbstractSnakeCaseSchemaContractTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
