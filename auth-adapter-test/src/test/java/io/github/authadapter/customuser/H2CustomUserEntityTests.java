package io.github.authadapter.customuser;

import javax.sql.DataSource;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2CustomUserEntityTests extends AbstractCustomUserEntityTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
