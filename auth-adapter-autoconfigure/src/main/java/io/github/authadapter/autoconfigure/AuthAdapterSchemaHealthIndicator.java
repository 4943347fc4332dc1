package io.github.authadapter.autoconfigure;

import java.util.Arrays;
import java.util.Comparator;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Reports the version of the Auth.js tables: up when the starter's history table records every migration that the
 * starter brings, down when one is missing or failed, which is how a database whose schema is managed elsewhere
 * shows that it fell behind the starter. Unknown when no migration is recorded and the starter may not migrate
 * ({@code auth.adapter.schema.initialize}): such a schema may well be fine without them.
 */
public class AuthAdapterSchemaHealthIndicator extends AbstractHealthIndicator {

	private final AuthAdapterSchemaInitializer schema;

	public AuthAdapterSchemaHealthIndicator(AuthAdapterSchemaInitializer schema) {
		super("Could not read the version of the Auth.js tables");
		this.schema = schema;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		if (!this.schema.isSchemaOfTheStarter()) {
			// An Auth.js application owns these tables and their migrations; there is no version of ours to report.
			builder.up().withDetail("schemaVersion", "managed by the Auth.js application");
			return;
		}
		MigrationInfoService info = this.schema.info();
		MigrationInfo current = info.current();
		String expected = Arrays.stream(info.all())
			.filter((migration) -> migration.getState().isResolved())
			.map(MigrationInfo::getVersion)
			.max(Comparator.naturalOrder())
			.map(MigrationVersion::getVersion)
			.orElse("none");
		builder.withDetail("historyTable", this.schema.historyTable())
			.withDetail("schemaVersion", (current != null) ? current.getVersion().getVersion() : "none")
			.withDetail("expectedVersion", expected);
		boolean failed = Arrays.stream(info.all()).anyMatch((migration) -> migration.getState().isFailed());
		int pending = info.pending().length;
		if (failed) {
			builder.down().withDetail("problem", "a migration of the Auth.js tables failed");
		}
		else if (current == null && !this.schema.isEnabled()) {
			// The schema is managed elsewhere, maybe without the starter's migrations: no reason to take the app down.
			builder.unknown().withDetail("problem", "no migration recorded, and auth.adapter.schema.initialize "
					+ "keeps the starter from migrating");
		}
		else if (pending > 0) {
			builder.down().withDetail("problem", pending + " migration(s) of the Auth.js tables not applied");
		}
		else {
			builder.up();
		}
	}

}
