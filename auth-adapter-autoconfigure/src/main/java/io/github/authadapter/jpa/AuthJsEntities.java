package io.github.authadapter.jpa;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The schemas with @auth/pg-adapter's names: the starter's own, which its migrations create, and the one an Auth.js
 * app created from pg-adapter's documentation, with no constraints and, unless someone added it, no authenticators
 * table.
 */
public final class AuthJsEntities implements PresetSchema {

	private final SchemaNames names;

	private final @Nullable String historyTable;

	private AuthJsEntities(SchemaNames names, @Nullable String historyTable) {
		this.names = names;
		this.historyTable = historyTable;
	}

	/**
	 * The starter's own schema with the given names, recognised by the history table of its migrations.
	 */
	public static AuthJsEntities starterSchema(SchemaNames names, String historyTable) {
		return new AuthJsEntities(names, historyTable);
	}

	/**
	 * The schema that @auth/pg-adapter documents.
	 */
	public static AuthJsEntities pgAdapterSchema() {
		return new AuthJsEntities(SchemaNames.AUTHJS, null);
	}

	@Override
	public boolean isFoundIn(SchemaCatalogue catalogue) {
		boolean tables = catalogue.hasTable(this.names.users()) && catalogue.hasTable(this.names.accounts())
				&& catalogue.hasTable(this.names.sessions()) && catalogue.hasTable(this.names.verificationTokens());
		// The starter's tables are told from pg-adapter's by the history of its migrations.
		return tables && (this.historyTable == null || catalogue.hasTable(this.historyTable));
	}

	@Override
	public List<Class<?>> entities(@Nullable SchemaCatalogue catalogue) {
		List<Class<?>> entities = new ArrayList<>(List.of(UserEntity.class, AccountEntity.class,
				hasSessionDevices(catalogue) ? SessionEntity.class : PgAdapterSessionEntity.class,
				VerificationTokenEntity.class));
		// The starter's migrations always create the authenticators table.
		if (this.historyTable != null || catalogue == null || catalogue.hasTable(this.names.authenticators())) {
			entities.add(
					hasAuthenticatorDates(catalogue) ? AuthenticatorEntity.class : PgAdapterAuthenticatorEntity.class);
		}
		return List.copyOf(entities);
	}

	// The starter's migrations add the device columns; pg-adapter's documented schema has none.
	private boolean hasSessionDevices(@Nullable SchemaCatalogue catalogue) {
		return this.historyTable != null || catalogue == null
				|| catalogue.hasColumn(this.names.sessions(), SessionDeviceColumns.USER_AGENT_COLUMN);
	}

	// The starter's migrations add the date columns; an authenticators table made from Auth.js's documentation has none.
	private boolean hasAuthenticatorDates(@Nullable SchemaCatalogue catalogue) {
		return this.historyTable != null || catalogue == null
				|| catalogue.hasColumn(this.names.authenticators(), AuthenticatorUseColumns.LAST_USED_AT_COLUMN);
	}

	@Override
	public String describe(SchemaCatalogue catalogue) {
		String tables = String.join(", ", this.names.users(), this.names.accounts(), this.names.sessions(),
				this.names.verificationTokens());
		boolean authenticators = catalogue.hasTable(this.names.authenticators());
		return "tables " + tables + (authenticators ? ", " + this.names.authenticators() : ", no authenticators table")
				+ ((authenticators && !hasAuthenticatorDates(catalogue)) ? ", no authenticator dates" : "")
				+ (hasSessionDevices(catalogue) ? "" : ", no session devices")
				+ ((this.historyTable != null) ? ", migrations recorded in " + this.historyTable : "");
	}

}
