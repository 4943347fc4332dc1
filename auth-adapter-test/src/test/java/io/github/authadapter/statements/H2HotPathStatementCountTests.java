package io.github.authadapter.statements;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The statement counts of the hot path on H2.
 */
class H2HotPathStatementCountTests extends AbstractHotPathStatementCountTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
