package io.github.authadapter.jwtsession;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile JWT session cookies over HTTP on H2, with users made from the token's claims.
 */
class H2JwtSessionHostileCookieTests extends AbstractJwtSessionHostileCookieTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected TestDatabase database() {
		return database;
	}

	@Override
	protected boolean loadUsers() {
		return false;
	}

}
