package io.github.authadapter.presets;

import java.time.Instant;
import java.util.UUID;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAuthenticator;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.VerificationToken;
import io.github.authadapter.test.AuthJsAdapterScript;
import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The check of the database's catalogue at startup, on PostgreSQL: a table or column of the preset that is missing
 * or of another kind stops the application with Spring Boot's failure report, an optional table that is missing is
 * left out, and {@code auth.adapter.schema.preset=detect} finds which adapter created the tables, in the connections'
 * schema or, for Supabase's, in {@code next_auth}.
 */
@ExtendWith(OutputCaptureExtension.class)
class SchemaVerificationTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	private final JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());

	private ConfigurableApplicationContext context;

	@BeforeEach
	@AfterEach
	void emptyTheDatabase() {
		if (this.context != null) {
			this.context.close();
			this.context = null;
		}
		// Supabase's tables are in a schema of their own.
		this.jdbc.execute("DROP SCHEMA IF EXISTS next_auth CASCADE");
		this.jdbc.execute("DROP SCHEMA public CASCADE");
		this.jdbc.execute("CREATE SCHEMA public");
	}

	@Test
	void aMissingColumnStopsTheStartupNamingTheTableAndTheColumn(CapturedOutput output) {
		PresetTestApplication.createSchema(database.dataSource(), "presets/prisma/v5-postgresql.sql");
		this.jdbc.execute("ALTER TABLE \"Session\" DROP COLUMN \"userId\"");

		assertThatException().isThrownBy(() -> start("auth.adapter.schema.preset=prisma"));

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The sessions table \"Session\" has no column \"userId\"; found the columns sessionToken,"
					+ " expires, createdAt, updatedAt.")
			.contains("Set auth.adapter.schema.preset to the Auth.js adapter that created this database");
	}

	@Test
	void aMissingColumnOfPrismasRenamesIsNamedAsRenamed(CapturedOutput output) {
		PresetTestApplication.createSchema(database.dataSource(), "presets/prisma/mapped-postgresql.sql");
		this.jdbc.execute("ALTER TABLE sessions RENAME COLUMN user_id TO \"userId\"");

		assertThatException().isThrownBy(() -> start("auth.adapter.schema.preset=prisma"));

		assertThat(output).contains("The sessions table \"sessions\" has no column \"user_id\"; found the columns id,"
				+ " session_token, userId, expires.")
			.contains("and with Prisma's where its models rename tables (@@map) or columns (@map),"
					+ " auth.adapter.schema.tables.* and auth.adapter.schema.naming name its tables and columns");
	}

	@Test
	void aTableThatThePropertiesNameIsLookedForUnderThatName(CapturedOutput output) {
		PresetTestApplication.createSchema(database.dataSource(), "presets/prisma/v5-mapped-postgresql.sql");

		assertThatException().isThrownBy(() -> start("auth.adapter.schema.preset=prisma",
				"auth.adapter.schema.tables.users=auth_users", "auth.adapter.schema.tables.accounts=auth_accounts",
				"auth.adapter.schema.tables.sessions=auth_sessions",
				"auth.adapter.schema.tables.verification-tokens=verification_tokens"));

		assertThat(output).contains("The verification tokens table \"verification_tokens\" is not in the database;"
				+ " found the tables");
	}

	@Test
	void detectFindsTheRenamesOfAuthJsPrismaDocumentation(CapturedOutput output) {
		PresetTestApplication.createSchema(database.dataSource(), "presets/prisma/mapped-postgresql.sql");

		Adapter adapter = start("auth.adapter.schema.preset=detect");

		assertThat(output).containsOnlyOnce("Detected the Auth.js schema of @auth/prisma-adapter"
				+ " (auth.adapter.schema.preset=prisma): tables users, accounts, sessions, verificationtokens,"
				+ " no authenticators table; NextAuth.js v4's models (cuid ids on accounts and sessions);"
				+ " snake_case columns");
		AdapterUser user = adapter.createUser(AdapterUser.withEmail("mapped@example.com"));
		assertThat(this.jdbc.queryForObject("SELECT id FROM users", String.class)).isEqualTo(user.id());
	}

	@Test
	void detectFindsPrismasTablesUnderTheNamesOfTheProperties(CapturedOutput output) {
		PresetTestApplication.createSchema(database.dataSource(), "presets/prisma/v5-mapped-postgresql.sql");

		start("auth.adapter.schema.preset=detect", "auth.adapter.schema.tables.users=auth_users",
				"auth.adapter.schema.tables.accounts=auth_accounts", "auth.adapter.schema.tables.sessions=auth_sessions",
				"auth.adapter.schema.tables.verification-tokens=auth_verification_tokens",
				"auth.adapter.schema.tables.authenticators=auth_authenticators");

		assertThat(output).containsOnlyOnce("Detected the Auth.js schema of @auth/prisma-adapter"
				+ " (auth.adapter.schema.preset=prisma): tables auth_users, auth_accounts, auth_sessions,"
				+ " auth_verification_tokens, auth_authenticators; createdAt and updatedAt; snake_case columns");
	}

	@Test
	void detectTellsPrismasTablesUnderPgAdaptersNamesFromPgAdapters(CapturedOutput output) {
		PresetTestApplication.createSchema(database.dataSource(), "presets/prisma/mapped-postgresql.sql");
		this.jdbc.execute("ALTER TABLE verificationtokens RENAME TO verification_token");

		Adapter adapter = start("auth.adapter.schema.preset=detect", "auth.adapter.schema.tables.users=users",
				"auth.adapter.schema.tables.accounts=accounts", "auth.adapter.schema.tables.sessions=sessions",
				"auth.adapter.schema.tables.verification-tokens=verification_token");

		assertThat(output).containsOnlyOnce("Detected the Auth.js schema of @auth/prisma-adapter"
				+ " (auth.adapter.schema.preset=prisma): tables users, accounts, sessions, verification_token, no"
				+ " Authenticator table; NextAuth.js v4's models (cuid ids on accounts and sessions); snake_case"
				+ " columns");
		adapter.createVerificationToken(new VerificationToken("pg-names@example.com", "token", Instant.now()));
		assertThat(this.jdbc.queryForObject("SELECT identifier FROM verification_token", String.class))
			.isEqualTo("pg-names@example.com");
	}

	@Test
	void aColumnOfAnotherKindStopsTheStartup(CapturedOutput output) {
		PresetTestApplication.createSchema(database.dataSource(), "presets/prisma/v5-postgresql.sql");
		this.jdbc.execute("ALTER TABLE \"VerificationToken\" ALTER COLUMN expires TYPE text");

		assertThatException().isThrownBy(() -> start("auth.adapter.schema.preset=prisma"));

		assertThat(output).contains("The column \"expires\" of the verification tokens table \"VerificationToken\""
				+ " must hold timestamp values; found the type text.");
	}

	@Test
	void aRenamedTableStopsTheStartup(CapturedOutput output) {
		PresetTestApplication.createSchema(database.dataSource(), "presets/pg-adapter-schema.sql");
		this.jdbc.execute("ALTER TABLE accounts RENAME TO oauth_accounts");

		assertThatException().isThrownBy(() -> start("auth.adapter.schema.preset=pg-adapter"));

		assertThat(output).contains("The accounts table \"accounts\" is not in the database; found the tables")
			.contains("oauth_accounts");
	}

	@Test
	void aSchemaWithoutTheAuthenticatorTableStartsAndRefusesOnlyPasskeys() {
		PresetTestApplication.createSchema(database.dataSource(), "presets/prisma/v5-postgresql.sql");
		this.jdbc.execute("DROP TABLE \"Authenticator\"");

		Adapter adapter = start("auth.adapter.schema.preset=prisma");

		AdapterUser user = adapter.createUser(AdapterUser.withEmail("no-passkeys@example.com"));
		assertThat(adapter.getUser(user.id())).contains(user);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> adapter.createAuthenticator(
					new AdapterAuthenticator("cred", user.id(), "account", "key", 0, "singleDevice", false, null)))
			.withMessageContaining("no authenticators table");
	}

	@Test
	void detectFindsPrismasTables(CapturedOutput output) {
		PresetTestApplication.createSchema(database.dataSource(), "presets/prisma/v5-postgresql.sql");

		Adapter adapter = start("auth.adapter.schema.preset=detect");

		assertThat(output).containsOnlyOnce("Detected the Auth.js schema of @auth/prisma-adapter"
				+ " (auth.adapter.schema.preset=prisma): tables User, Account, Session, VerificationToken,"
				+ " Authenticator; createdAt and updatedAt");
		AdapterUser user = adapter.createUser(AdapterUser.withEmail("detected@example.com"));
		assertThat(this.jdbc.queryForObject("SELECT id FROM \"User\"", String.class)).isEqualTo(user.id());
	}

	@Test
	void detectFindsDrizzlesTables(CapturedOutput output) {
		PresetTestApplication.createSchema(database.dataSource(), "presets/drizzle/postgresql.sql");

		Adapter adapter = start("auth.adapter.schema.preset=detect");

		assertThat(output).containsOnlyOnce("Detected the Auth.js schema of @auth/drizzle-adapter"
				+ " (auth.adapter.schema.preset=drizzle): tables user, account, session, verificationToken,"
				+ " authenticator");
		AdapterUser user = adapter.createUser(AdapterUser.withEmail("drizzle@example.com"));
		assertThat(this.jdbc.queryForObject("SELECT id FROM \"user\"", String.class)).isEqualTo(user.id());
	}

	@Test
	void detectTellsKyselysTablesFromPrismasOfTheSameNames(CapturedOutput output) {
		AuthJsAdapterScript.kyselyAdapter(database).run("migrate");

		Adapter adapter = start("auth.adapter.schema.preset=detect");

		assertThat(output).containsOnlyOnce("Detected the Auth.js schema of @auth/kysely-adapter"
				+ " (auth.adapter.schema.preset=kysely): tables User, Account, Session, VerificationToken with uuid ids");
		AdapterUser user = adapter.createUser(AdapterUser.withEmail("kysely@example.com"));
		assertThat(this.jdbc.queryForObject("SELECT id::text FROM \"User\"", String.class)).isEqualTo(user.id());
	}

	@Test
	void detectTellsTypeOrmsTablesFromSequelizesOfTheSameNames(CapturedOutput output) {
		AuthJsAdapterScript.typeOrmAdapter(database).run("synchronize");
		start("auth.adapter.schema.preset=detect").createUser(AdapterUser.withEmail("typeorm@example.com"));
		this.context.close();
		this.context = null;
		emptyTheDatabase();
		AuthJsAdapterScript.sequelizeAdapter(database).run("synchronize");

		start("auth.adapter.schema.preset=detect").createUser(AdapterUser.withEmail("sequelize@example.com"));

		assertThat(output).containsOnlyOnce("Detected the Auth.js schema of @auth/typeorm-adapter"
				+ " (auth.adapter.schema.preset=typeorm)")
			.containsOnlyOnce("Detected the Auth.js schema of @auth/sequelize-adapter"
					+ " (auth.adapter.schema.preset=sequelize): tables users, accounts, sessions, verification_tokens"
					+ " with snake_case columns");
		assertThat(this.jdbc.queryForObject("SELECT email FROM users", String.class))
			.isEqualTo("sequelize@example.com");
	}

	@Test
	void detectFindsPgAdaptersTables(CapturedOutput output) {
		PresetTestApplication.createSchema(database.dataSource(), "presets/pg-adapter-schema.sql");

		Adapter adapter = start("auth.adapter.schema.preset=detect");

		assertThat(output).containsOnlyOnce("Detected the Auth.js schema of @auth/pg-adapter"
				+ " (auth.adapter.schema.preset=pg-adapter): tables users, accounts, sessions, verification_token,"
				+ " no authenticators table");
		adapter.createUser(AdapterUser.withEmail("pg@example.com"));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM users", Integer.class)).isOne();
		assertThat(this.jdbc.queryForObject("SELECT to_regclass('auth_adapter_schema_history') IS NULL",
				Boolean.class))
			.as("no migrations of the starter's on pg-adapter's schema")
			.isTrue();
	}

	@Test
	void detectOnAnEmptyDatabaseCreatesTheStartersSchemaAndFindsItNextTime(CapturedOutput output) {
		start("auth.adapter.schema.preset=detect").createUser(AdapterUser.withEmail("first@example.com"));
		this.context.close();
		this.context = null;

		Adapter adapter = start("auth.adapter.schema.preset=detect");

		assertThat(output).containsOnlyOnce("Detected no Auth.js tables, so the starter creates its own"
				+ " (auth.adapter.schema.preset=auth-adapter)")
			.containsOnlyOnce("Detected the Auth.js schema of the starter's migrations"
					+ " (auth.adapter.schema.preset=auth-adapter): tables users, accounts, sessions,"
					+ " verification_token, authenticators, migrations recorded in auth_adapter_schema_history");
		assertThat(adapter.getUserByEmail("first@example.com")).isPresent();
	}

	@Test
	void detectFindsSupabasesTablesInTheNextAuthSchema(CapturedOutput output) {
		SupabaseSchema.create(database.dataSource());

		Adapter adapter = start("auth.adapter.schema.preset=detect");

		assertThat(output).containsOnlyOnce("Detected the Auth.js schema of @auth/supabase-adapter"
				+ " (auth.adapter.schema.preset=supabase): tables next_auth.users, next_auth.accounts,"
				+ " next_auth.sessions, next_auth.verification_tokens with uuid ids, no authenticators table");
		AdapterUser user = adapter.createUser(AdapterUser.withEmail("detected@example.com"));
		assertThat(this.jdbc.queryForObject("SELECT id::text FROM next_auth.users", String.class)).isEqualTo(user.id());
		assertThat(this.jdbc.queryForObject("SELECT to_regclass('public.auth_adapter_schema_history') IS NULL",
				Boolean.class))
			.as("no migrations of the starter's next to Supabase's tables")
			.isTrue();
	}

	@Test
	void supabasesNewUsersGetTheIdsThatTheDatabasesDefaultMakes() {
		SupabaseSchema.create(database.dataSource());
		// A default that no random UUID would match shows whose id the user got.
		this.jdbc.execute("ALTER TABLE next_auth.users ALTER COLUMN id SET DEFAULT"
				+ " '00000000-0000-4000-8000-00000000cafe'::uuid");

		AdapterUser user = start("auth.adapter.schema.preset=supabase")
			.createUser(AdapterUser.withEmail("default@example.com"));

		assertThat(user.id()).isEqualTo("00000000-0000-4000-8000-00000000cafe");
	}

	@Test
	void aDroppedColumnOfTheNextAuthSchemaStopsTheStartupNamingIt(CapturedOutput output) {
		SupabaseSchema.create(database.dataSource());
		this.jdbc.execute("ALTER TABLE next_auth.sessions DROP COLUMN \"sessionToken\"");

		assertThatException().isThrownBy(() -> start("auth.adapter.schema.preset=supabase"));

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The sessions table \"next_auth.sessions\" has no column \"sessionToken\"; found the columns id,"
					+ " expires, userId.");
	}

	@Test
	void aColumnOfAnotherKindInTheNextAuthSchemaStopsTheStartup(CapturedOutput output) {
		SupabaseSchema.create(database.dataSource());
		this.jdbc.execute("ALTER TABLE next_auth.verification_tokens ALTER COLUMN expires TYPE text");

		assertThatException().isThrownBy(() -> start("auth.adapter.schema.preset=supabase"));

		assertThat(output).contains("The column \"expires\" of the verification tokens table"
				+ " \"next_auth.verification_tokens\" must hold timestamp values; found the type text.");
	}

	@Test
	void theSupabasePresetWithoutTheNextAuthSchemaStopsTheStartup(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("auth.adapter.schema.preset=supabase"));

		assertThat(output).contains("The users table \"next_auth.users\" is not in the database; found no tables.");
	}

	private Adapter start(String... properties) {
		this.context = new SpringApplicationBuilder(PresetTestApplication.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "auth.adapter.cleanup.cron=-",
					"logging.level.io.github.authadapter.autoconfigure.AuthAdapterSchemaPreset=info",
					"spring.jpa.open-in-view=false", "auth.adapter.email.rate-limit.store=database")
			.properties(properties)
			.properties("test.run=" + UUID.randomUUID())
			.initializers((context) -> context.getBeanFactory().registerSingleton("dataSource", database.dataSource()))
			.run();
		return this.context.getBean(Adapter.class);
	}

}
