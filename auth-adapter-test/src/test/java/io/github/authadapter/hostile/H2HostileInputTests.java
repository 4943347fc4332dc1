package io.github.authadapter.hostile;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import io.github.authadapter.test.hostile.AbstractHostileInputTests;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile input over HTTP on H2.
 */
class H2HostileInputTests extends AbstractHostileInputTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
