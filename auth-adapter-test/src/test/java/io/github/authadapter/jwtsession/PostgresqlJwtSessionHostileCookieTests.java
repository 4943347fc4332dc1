package io.github.authadapter.jwtsession;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile JWT session cookies over HTTP on PostgreSQL, with users loaded from the database by the token's
 * {@code sub} and database session cookies accepted too.
 */
class PostgresqlJwtSessionHostileCookieTests extends AbstractJwtSessionHostileCookieTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	@Override
	protected TestDatabase database() {
		return database;
	}

	@Override
	protected boolean loadUsers() {
		return true;
	}

}
