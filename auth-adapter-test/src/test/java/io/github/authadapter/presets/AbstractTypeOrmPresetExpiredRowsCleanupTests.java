package io.github.authadapter.presets;

import io.github.authadapter.test.AuthJsAdapterScript;

/**
 * The cleanup of expired rows on the TypeORM adapter's schema, whose expiries are text of milliseconds since the
 * epoch: the batch compares them as that text, which orders as the instants do.
 */
abstract class AbstractTypeOrmPresetExpiredRowsCleanupTests extends AbstractPresetExpiredRowsCleanupTests {

	@Override
	protected void createSchema() {
		AuthJsAdapterScript.typeOrmAdapter(database()).run("synchronize");
	}

	@Override
	protected String preset() {
		return "typeorm";
	}

	@Override
	protected String sessionsTable() {
		return "sessions";
	}

	@Override
	protected String verificationTokensTable() {
		return "verification_tokens";
	}

}
