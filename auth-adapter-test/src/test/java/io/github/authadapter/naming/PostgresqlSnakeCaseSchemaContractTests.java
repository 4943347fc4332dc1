package io.github.authadapter.naming;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract suite on PostgreSQL with custom table names and snake_case columns.
 */
class PostgresqlSnakeCaseSchemaContractTests extends AbstractSnakeCaseSchemaContractTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
