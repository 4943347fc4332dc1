package io.github.authadapter.test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.TimeZone;
import java.util.UUID;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.AdapterAuthenticator;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.SessionUpdate;
import io.github.authadapter.UserUpdate;
import io.github.authadapter.VerificationToken;
import io.github.authadapter.test.AuthJsAdapterScript.Rows;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auth.js's own {@code @auth/pg-adapter}, unchanged from npm, on a PostgreSQL database that the starter migrated:
 * each side reads, updates, consumes and deletes what the other wrote. The Node side is
 * {@code interop/authjs/pg-adapter-interop.mjs}; install it with {@code npm ci --prefix interop/authjs}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PgAdapterInteropTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.postgresql();

	// Java and Node each run in a zone of their own, far from UTC and from each other.
	private static final TimeZone JVM_TIME_ZONE = TimeZone.getTimeZone("Asia/Kathmandu");

	private @Nullable TimeZone originalZone;

	private @Nullable ConfigurableApplicationContext context;

	private @Nullable Adapter adapter;

	private @Nullable JdbcTemplate jdbc;

	private @Nullable AuthJsAdapterScript authJs;

	@BeforeAll
	void migrateWithTheStarterAndLocateAuthJs() {
		this.authJs = AuthJsAdapterScript.pgAdapter(database);
		this.originalZone = TimeZone.getDefault();
		TimeZone.setDefault(JVM_TIME_ZONE);
		this.context = new SpringApplicationBuilder(InteropTestApplication.class).web(WebApplicationType.NONE)
			.properties("spring.jpa.hibernate.ddl-auto=validate", "spring.main.banner-mode=off",
					"spring.jpa.open-in-view=false")
			.initializers((context) -> context.getBeanFactory().registerSingleton("dataSource", database.dataSource()))
			.run();
		this.adapter = this.context.getBean(Adapter.class);
		this.jdbc = new JdbcTemplate(database.dataSource());
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
		assertSameAccount(adapter().getAccount(rows.account().provider(), rows.account().providerAccountId())
			.orElseThrow(), rows.account());
	}

	@Test
	void starterReadsUpdatesAndConsumesWhatAuthJsWrote() {
		Rows rows = authJs().write();
		AdapterUser user = rows.user();

		assertThat(user.id()).as("the id that Auth.js got from the database").matches("[0-9]+");
		// The instant the script wrote: a leap day in UTC, already March in the JVM's zone.
		assertThat(user.emailVerified()).isEqualTo(Instant.parse("2024-02-29T23:59:59.123Z"));
		assertThat(adapter().getUser(user.id())).contains(user);
		assertThat(adapter().getUserByEmail(user.email())).contains(user);
		assertThat(adapter().getUserByAccount(rows.account().provider(), rows.account().providerAccountId()))
			.contains(user);
		assertSameAccount(adapter().getAccount(rows.account().provider(), rows.account().providerAccountId())
			.orElseThrow(), rows.account());
		assertThat(adapter().getSessionAndUser(rows.session().sessionToken())).hasValueSatisfying((found) -> {
			assertThat(found.session()).isEqualTo(rows.session());
			assertThat(found.user()).isEqualTo(user);
		});
		VerificationToken token = rows.verificationToken();
		assertThat(adapter().useVerificationToken(token.identifier(), token.token())).contains(token);
		assertThat(adapter().useVerificationToken(token.identifier(), token.token())).isEmpty();

		AdapterUser renamed = adapter()
			.updateUser(UserUpdate.of(user.id()).withName("Grace B. Hopper").withImage(null))
			.orElseThrow();
		AdapterSession extended = adapter()
			.updateSession(new SessionUpdate(rows.session().sessionToken(), inOneHour().plus(7, ChronoUnit.DAYS)))
			.orElseThrow();
		VerificationToken forAuthJs = adapter().createVerificationToken(
				new VerificationToken(user.email(), "token-" + UUID.randomUUID(), inOneHour()));
		// Auth.js checks the changed rows before it makes changes of its own.
		authJs().read(new Rows(renamed, rows.account(), extended, forAuthJs), "Grace Hopper", extended.expires());
		assertThat(adapter().getUser(user.id())).hasValueSatisfying((found) -> {
			assertThat(found.name()).isEqualTo("Grace Hopper");
			assertThat(found.image()).isNull();
		});
	}

	@Test
	void deletingAUserThroughAuthJsRemovesWhatTheStarterLinkedToIt() {
		Rows rows = writeWithTheStarter();
		String userId = rows.user().id();
		adapter().createAuthenticator(new AdapterAuthenticator(UUID.randomUUID().toString(), userId,
				rows.account().providerAccountId(), "cHVibGljLWtleQ", 0, "singleDevice", false, "internal"));

		authJs().deleteUser(rows.account(), rows.session());

		assertUserAndEverythingLinkedToItAreGone(rows);
		assertThat(adapter().listAuthenticatorsByUserId(userId)).isEmpty();
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
				Instant.parse("2024-05-06T07:08:09.123Z"), "https://example.com/ada.png"));
		// An ID token as large as some providers issue, and an expiry past 2038.
		String idToken = "id-" + run + ".".repeat(16 * 1024);
		AdapterAccount account = adapter().linkAccount(new AdapterAccount(user.id(), "oauth", "github",
				"gh-" + run, "refresh-" + run, "access-" + run, 4102444800L, "bearer", "read:user user:email",
				idToken, "state-" + run));
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
		for (String table : new String[] { "accounts", "sessions", "authenticators" }) {
			assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM " + table + " WHERE \"userId\" = ?", Integer.class,
					Long.parseLong(userId)))
				.as("rows of the deleted user in " + table)
				.isZero();
		}
	}

	// Field by field, so that a failure names the field without printing a token.
	private static void assertSameAccount(AdapterAccount actual, AdapterAccount expected) {
		assertThat(actual.userId()).as("userId").isEqualTo(expected.userId());
		assertThat(actual.type()).as("type").isEqualTo(expected.type());
		assertThat(actual.provider()).as("provider").isEqualTo(expected.provider());
		assertThat(actual.providerAccountId()).as("providerAccountId").isEqualTo(expected.providerAccountId());
		assertThat(actual.expires_at()).as("expires_at").isEqualTo(expected.expires_at());
		assertThat(actual.token_type()).as("token_type").isEqualTo(expected.token_type());
		assertThat(actual.scope()).as("scope").isEqualTo(expected.scope());
		assertThat(actual.session_state()).as("session_state").isEqualTo(expected.session_state());
		assertSameSecret(actual.access_token(), expected.access_token(), "access_token");
		assertSameSecret(actual.refresh_token(), expected.refresh_token(), "refresh_token");
		assertSameSecret(actual.id_token(), expected.id_token(), "id_token");
	}

	private static void assertSameSecret(@Nullable String actual, @Nullable String expected, String field) {
		assertThat(actual).withFailMessage("%s differs from what was stored", field).isNotNull().isEqualTo(expected);
	}

	// Auth.js keeps timestamps in milliseconds.
	private static Instant inOneHour() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS).plus(1, ChronoUnit.HOURS);
	}

	private Adapter adapter() {
		if (this.adapter == null) {
			throw new IllegalStateException("The adapter has not been started");
		}
		return this.adapter;
	}

	private JdbcTemplate jdbc() {
		if (this.jdbc == null) {
			throw new IllegalStateException("The database has not been set up");
		}
		return this.jdbc;
	}

	private AuthJsAdapterScript authJs() {
		if (this.authJs == null) {
			throw new IllegalStateException("The Auth.js script has not been located");
		}
		return this.authJs;
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class InteropTestApplication {

	}

}
