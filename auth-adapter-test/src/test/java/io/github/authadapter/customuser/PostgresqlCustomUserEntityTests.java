package io.github.authadapter.customuser;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresqlCustomUserEntityTests extends AbstractCustomUserEntityTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
