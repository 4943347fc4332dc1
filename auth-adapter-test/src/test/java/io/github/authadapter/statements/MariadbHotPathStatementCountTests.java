package io.github.authadapter.statements;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The statement counts of the hot path on MariaDB.
 */
class MariadbHotPathStatementCountTests extends AbstractHotPathStatementCountTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
