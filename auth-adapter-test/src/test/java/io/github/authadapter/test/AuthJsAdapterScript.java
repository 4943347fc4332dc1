package io.github.authadapter.test;

import java.time.Instant;
import java.util.Map;

import io.github.authadapter.AdapterAccount;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.VerificationToken;
import tools.jackson.databind.JsonNode;

/**
 * The calls of a script that drives one of Auth.js's own adapters, as typed methods: rows go to the script and come
 * back as the Adapter's records. The scripts are {@code interop/authjs/pg-adapter-interop.mjs} for
 * {@code @auth/pg-adapter}, {@code interop/prisma/prisma-adapter-interop.mjs} for {@code @auth/prisma-adapter} and
 * {@code interop/drizzle/drizzle-adapter-interop.mjs} for {@code @auth/drizzle-adapter} and
 * {@code interop/kysely/kysely.mjs} for {@code @auth/kysely-adapter}, {@code interop/typeorm/typeorm.mjs} for
 * {@code @auth/typeorm-adapter} and {@code interop/sequelize/sequelize.mjs} for {@code @auth/sequelize-adapter}, and
 * {@code interop/authjs/supabase-sql.mjs}, plain SQL in place of {@code @auth/supabase-adapter}; all have the same
 * phases.
 */
public final class AuthJsAdapterScript {

	// Far from UTC and from the JVM's zone in the tests, so that a timestamp read or written in local time shows.
	private static final String NODE_TIME_ZONE = "America/St_Johns";

	private final AuthJsScript script;

	private AuthJsAdapterScript(AuthJsScript script) {
		this.script = script;
	}

	/**
	 * The script of {@code @auth/pg-adapter} on the given PostgreSQL database. Skips the test class when the npm
	 * packages are not installed, or fails it when {@value TestDatabase#REQUIRE_PROPERTY} is set, as in CI.
	 */
	public static AuthJsAdapterScript pgAdapter(TestDatabase database) {
		return new AuthJsAdapterScript(
				AuthJsScript.on("pg-adapter-interop.mjs", database).inTimeZone(NODE_TIME_ZONE));
	}

	/**
	 * The script of {@code @auth/prisma-adapter}, with the {@code @prisma/client} of one version of the documented
	 * Prisma models, on the given PostgreSQL or MariaDB database.
	 * @param variant the version of the models: {@code v5}, {@code v5-plain} or {@code v4}
	 */
	public static AuthJsAdapterScript prismaAdapter(TestDatabase database, String variant) {
		return new AuthJsAdapterScript(AuthJsScript
			.in("prisma", "@auth/prisma-adapter", "prisma-adapter-interop.mjs", database)
			.inTimeZone(NODE_TIME_ZONE)
			.withEnvironment("PRISMA_VARIANT", variant));
	}

	/**
	 * Lets Auth.js call every method of its adapter on rows of its own.
	 * @return the user, account, session and verification token it left behind
	 */
	public Rows write() {
		JsonNode written = this.script.run("write", null);
		return new Rows(value(written, "user", AdapterUser.class), value(written, "account", AdapterAccount.class),
				value(written, "session", AdapterSession.class),
				value(written, "verificationToken", VerificationToken.class));
	}

	/**
	 * Lets Auth.js check the given rows, consume the verification token, rename the user and change the session's
	 * expiry.
	 * @return the user as Auth.js's {@code updateUser} returned it
	 */
	public AdapterUser read(Rows rows, String newName, Instant newSessionExpiry) {
		JsonNode result = this.script.run("read", Map.of("user", rows.user(), "account", rows.account(), "session",
				rows.session(), "verificationToken", rows.verificationToken(),
				"changes", Map.of("name", newName, "sessionExpires", newSessionExpiry)));
		return value(result, "user", AdapterUser.class);
	}

	/**
	 * Lets Auth.js delete the user of the given account and session, and check that both went with it.
	 */
	public void deleteUser(AdapterAccount account, AdapterSession session) {
		this.script.run("delete-user", Map.of("userId", account.userId(), "provider", account.provider(),
				"providerAccountId", account.providerAccountId(), "sessionToken", session.sessionToken()));
	}

	/**
	 * The script of {@code @auth/drizzle-adapter} with its default tables, on drizzle-orm, on the given PostgreSQL
	 * or MariaDB database.
	 */
	public static AuthJsAdapterScript drizzleAdapter(TestDatabase database) {
		return new AuthJsAdapterScript(AuthJsScript
			.in("drizzle", "@auth/drizzle-adapter", "drizzle-adapter-interop.mjs", database)
			.inTimeZone(NODE_TIME_ZONE));
	}

	/**
	 * The script of {@code @auth/kysely-adapter} on the given PostgreSQL or MariaDB database, whose {@code migrate}
	 * phase creates the tables with the migration of the adapter's documentation (on MariaDB with MySQL's types).
	 */
	public static AuthJsAdapterScript kyselyAdapter(TestDatabase database) {
		return new AuthJsAdapterScript(AuthJsScript.in("kysely", "@auth/kysely-adapter", "kysely.mjs", database)
			.inTimeZone(NODE_TIME_ZONE));
	}

	/**
	 * The script of {@code @auth/typeorm-adapter} on the given PostgreSQL or MariaDB database, whose
	 * {@code synchronize} phase creates the tables from the adapter's own entities with TypeORM's
	 * {@code synchronize}.
	 */
	public static AuthJsAdapterScript typeOrmAdapter(TestDatabase database) {
		return new AuthJsAdapterScript(AuthJsScript.in("typeorm", "@auth/typeorm-adapter", "typeorm.mjs", database)
			.inTimeZone(NODE_TIME_ZONE));
	}

	/**
	 * The script of {@code @auth/sequelize-adapter} on the given PostgreSQL or MariaDB database, whose
	 * {@code synchronize} phase creates the tables from the adapter's own models with Sequelize's sync.
	 */
	public static AuthJsAdapterScript sequelizeAdapter(TestDatabase database) {
		return new AuthJsAdapterScript(AuthJsScript
			.in("sequelize", "@auth/sequelize-adapter", "sequelize.mjs", database)
			.inTimeZone(NODE_TIME_ZONE));
	}

	/**
	 * The script {@code interop/authjs/supabase-sql.mjs} on the given PostgreSQL database, which the migrations of
	 * {@code @auth/supabase-adapter} made: not that adapter, which needs Supabase's PostgREST server, but plain SQL
	 * on the {@code next_auth} tables with what each of the adapter's calls asks of them.
	 */
	public static AuthJsAdapterScript supabaseSql(TestDatabase database) {
		return new AuthJsAdapterScript(AuthJsScript.on("supabase-sql.mjs", database).inTimeZone(NODE_TIME_ZONE));
	}

	/**
	 * Runs a phase of the script's own, such as {@code migrate}.
	 */
	public void run(String phase) {
		this.script.run(phase, null);
	}

	private <T> T value(JsonNode node, String field, Class<T> type) {
		return this.script.json().treeToValue(node.get(field), type);
	}

	/**
	 * One of each row that the adapters exchange.
	 *
	 * @param user the user
	 * @param account an account of the user, with every token field
	 * @param session a session of the user
	 * @param verificationToken a verification token for the user's email
	 */
	public record Rows(AdapterUser user, AdapterAccount account, AdapterSession session,
			VerificationToken verificationToken) {
	}

}
