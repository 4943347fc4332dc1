package io.github.authadapter.autoconfigure;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;

/**
 * Lets the application's own Flyway start on a schema in which the Auth.js tables already exist. Flyway refuses a
 * non-empty schema without its history table; baselining at version 0 records the existing state and still applies
 * every migration of the application, from V1 on. Applies only when the application chose no baseline itself.
 */
class ApplicationFlywayBaselineCustomizer implements FlywayConfigurationCustomizer {

	@Override
	public void customize(FluentConfiguration configuration) {
		if (!configuration.isBaselineOnMigrate() && MigrationVersion.fromVersion("1").equals(configuration.getBaselineVersion())) {
			configuration.baselineOnMigrate(true).baselineVersion("0");
		}
	}

}
