package io.github.authadapter.presets;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;

import javax.sql.DataSource;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.AdapterAuthenticator;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.SessionUpdate;
import io.github.authadapter.UserUpdate;
import io.github.authadapter.VerificationToken;
import io.github.authadapter.test.AuthJsAdapterScript;
import io.github.authadapter.test.AuthJsAdapterScript.Rows;
import io.github.authadapter.test.TestDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One of Auth.js's own ORM adapters, unchanged from npm, on the database of the starter's preset for it, found with
 * {@code detect}: each side reads, updates, consumes and deletes what the other wrote. The Node side is the adapter's
 * script in {@code interop} (see {@link AuthJsAdapterScript}). One subclass per schema and database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractAuthJsAdapterInteropTests {

	// Java and Node each run in a zone of their own, far from UTC and from each other.
	private static final TimeZone JVM_TIME_ZONE = TimeZone.getTimeZone("Asia/Tokyo");

	private @Nullable TimeZone originalZone;

	private @Nullable ConfigurableApplicationContext context;

	private @Nullable Adapter adapter;

	private @Nullable AuthJsAdapterScript authJs;

	protected abstract TestDatabase database();

	/**
	 * The script that drives the adapter on the database.
	 */
	protected abstract AuthJsAdapterScript script();

	/**
	 * Creates the schema's tables, as the adapter's own tool would.
	 */
	protected abstract void createSchema(DataSource dataSource);

	/**
	 * The value of a user id in SQL: the id as text, unless the schema has ids of another type.
	 */
	protected Object userKey(String id) {
		return id;
	}

	/**
	 * What the ids of new users look like, as the adapter's client makes them.
	 */
	protected abstract String idPattern();

	/**
	 * Whether the schema has an authenticators table.
	 */
	protected boolean hasAuthenticators() {
		return true;
	}

	/**
	 * How precise the schema keeps the expiries of sessions and tokens.
	 */
	protected ChronoUnit expiryPrecision() {
		return ChronoUnit.MILLIS;
	}

	/**
	 * How precise the schema keeps the users' {@code emailVerified}.
	 */
	protected ChronoUnit emailVerifiedPrecision() {
		return ChronoUnit.MILLIS;
	}

	/**
	 * The name of the accounts table, quoted for SQL.
	 */
	protected abstract String accountsTable();

	/**
	 * The accounts' column of the user id, quoted for SQL.
	 */
	protected String userIdColumn() {
		return PresetTestApplication.quoted(database().dataSource(), "userId");
	}

	/**
	 * Properties of the starter beyond {@code auth.adapter.schema.preset=detect}, such as the names of renamed tables.
	 */
	protected List<String> properties() {
		return List.of();
	}

	@BeforeAll
	void createTheSchemaAndStart() {
		this.authJs = script();
		DataSource dataSource = database().dataSource();
		createSchema(dataSource);
		this.originalZone = TimeZone.getDefault();
		TimeZone.setDefault(JVM_TIME_ZONE);
		this.context = new SpringApplicationBuilder(PresetTestApplication.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "spring.jpa.open-in-view=false", "auth.adapter.cleanup.cron=-",
					"auth.adapter.schema.preset=detect")
			.properties(properties().toArray(String[]::new))
			.initializers((context) -> context.getBeanFactory().registerSingleton("dataSource", dataSource))
			.run();
		this.adapter = this.context.getBean(Adapter.class);
	}

	@AfterAll
	void stop() {
		if (this.context != null) {
			this.context.close();
		}
		if (this.originalZone != null) {
			TimeZone.setDefault(this.originalZone);
		}
	}

	@Test
	void authJsReadsUpdatesAndConsumesWhatTheStarterWrote() {
		Rows rows = writeWithTheStarter();
		Instant newExpiry = inOneHour().plus(30, ChronoUnit.DAYS);

		AdapterUser updatedByAuthJs = authJs().read(rows, "Ada Lovelace", newExpiry);

		AdapterUser renamed = new AdapterUser(rows.user().id(), "Ada Lovelace", rows.user().email(),
				rows.user().emailVerified(), rows.user().image());
		assertThat(updatedByAuthJs).isEqualTo(renamed);
		assertThat(adapter().getUser(renamed.id())).contains(renamed);
		assertThat(adapter().getSessionAndUser(rows.session().sessionToken())).hasValueSatisfying((found) -> {
			assertThat(found.session().expires()).isEqualTo(newExpiry);
			assertThat(found.user()).isEqualTo(renamed);
		});
		assertThat(adapter().useVerificationToken(rows.verificationToken().identifier(),
				rows.verificationToken().token()))
			.as("the verification token that Auth.js consumed")
			.isEmpty();
	}

	@Test
	void starterReadsUpdatesAndConsumesWhatAuthJsWrote() {
		Rows rows = authJs().write();
		AdapterUser user = rows.user();

		assertThat(user.id()).as("the id that the adapter's client made").matches(idPattern());
		// The instant the script wrote: a leap day in UTC, already March in the JVM's zone.
		assertThat(user.emailVerified())
			.isEqualTo(Instant.parse("2024-02-29T23:59:59.123Z").truncatedTo(emailVerifiedPrecision()));
		assertThat(adapter().getUser(user.id())).contains(user);
		assertThat(adapter().getUserByEmail(user.email())).contains(user);
		assertThat(adapter().getUserByAccount(rows.account().provider(), rows.account().providerAccountId()))
			.contains(user);
		AdapterAccount account = adapter().getAccount(rows.account().provider(), rows.account().providerAccountId())
			.orElseThrow();
		assertThat(account.expires_at()).isEqualTo(rows.account().expires_at());
		assertThat(account.access_token()).withFailMessage("access_token differs from what Auth.js stored")
			.isEqualTo(rows.account().access_token());
		assertThat(adapter().getSessionAndUser(rows.session().sessionToken())).hasValueSatisfying((found) -> {
			assertThat(found.session()).isEqualTo(rows.session());
			assertThat(found.user()).isEqualTo(user);
		});
		VerificationToken token = rows.verificationToken();
		assertThat(adapter().useVerificationToken(token.identifier(), token.token())).contains(token);
		assertThat(adapter().useVerificationToken(token.identifier(), token.token())).isEmpty();

		AdapterUser renamed = adapter().updateUser(UserUpdate.of(user.id()).withName("Grace B. Hopper"))
			.orElseThrow();
		AdapterSession extended = adapter()
			.updateSession(new SessionUpdate(rows.session().sessionToken(), inOneHour().plus(7, ChronoUnit.DAYS)))
			.orElseThrow();
		VerificationToken forAuthJs = adapter().createVerificationToken(
				new VerificationToken(user.email(), "token-" + UUID.randomUUID(), inOneHour()));
		authJs().read(new Rows(renamed, rows.account(), extended, forAuthJs), "Grace Hopper", extended.expires());
		assertThat(adapter().getUser(user.id())).hasValueSatisfying(
				(found) -> assertThat(found.name()).isEqualTo("Grace Hopper"));
	}

	@Test
	void deletingAUserThroughAuthJsRemovesWhatTheStarterLinkedToIt() {
		Rows rows = writeWithTheStarter();
		if (hasAuthenticators()) {
			adapter().createAuthenticator(new AdapterAuthenticator(UUID.randomUUID().toString(), rows.user().id(),
					rows.account().providerAccountId(), "cHVibGljLWtleQ", 0, "singleDevice", false, "internal"));
		}

		authJs().deleteUser(rows.account(), rows.session());

		assertUserAndEverythingLinkedToItAreGone(rows);
	}

	@Test
	void deletingAUserThroughTheStarterRemovesWhatAuthJsLinkedToIt() {
		Rows rows = authJs().write();

		adapter().deleteUser(rows.user().id());

		assertUserAndEverythingLinkedToItAreGone(rows);
	}

	private Rows writeWithTheStarter() {
		String run = UUID.randomUUID().toString();
		AdapterUser user = adapter().createUser(new AdapterUser(null, "Ada", "ada-" + run + "@example.com",
				Instant.parse("2024-05-06T07:08:09.123Z").truncatedTo(emailVerifiedPrecision()),
				"https://example.com/ada.png"));
		// Prisma's Int and Drizzle's integer hold seconds up to 2038.
		AdapterAccount account = adapter().linkAccount(new AdapterAccount(user.id(), "oauth", "github",
				"gh-" + run, "refresh-" + run, "access-" + run, 2000000000L, "bearer", "read:user user:email",
				"id-" + run, "state-" + run));
		AdapterSession session = adapter().createSession(new AdapterSession("session-" + run, user.id(), inOneHour()));
		VerificationToken token = adapter()
			.createVerificationToken(new VerificationToken(user.email(), "token-" + run, inOneHour()));
		return new Rows(user, account, session, token);
	}

	private void assertUserAndEverythingLinkedToItAreGone(Rows rows) {
		String userId = rows.user().id();
		assertThat(adapter().getUser(userId)).isEmpty();
		assertThat(adapter().getAccount(rows.account().provider(), rows.account().providerAccountId())).isEmpty();
		assertThat(adapter().getSessionAndUser(rows.session().sessionToken())).isEmpty();
		if (hasAuthenticators()) {
			assertThat(adapter().listAuthenticatorsByUserId(userId)).isEmpty();
		}
		JdbcTemplate jdbc = new JdbcTemplate(database().dataSource());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + accountsTable() + " WHERE " + userIdColumn() + " = ?",
				Integer.class, userKey(userId)))
			.isZero();
	}

	// Auth.js keeps timestamps in milliseconds, some schemas in seconds.
	private Instant inOneHour() {
		return Instant.now().truncatedTo(expiryPrecision()).plus(1, ChronoUnit.HOURS);
	}

	private Adapter adapter() {
		if (this.adapter == null) {
			throw new IllegalStateException("The adapter has not been started");
		}
		return this.adapter;
	}

	private AuthJsAdapterScript authJs() {
		if (this.authJs == null) {
			throw new IllegalStateException("The Auth.js script has not been located");
		}
		return this.authJs;
	}

}
