package io.github.authadapter.test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.github.authadapter.AccountAlreadyLinkedException;
import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.AdapterAuthenticator;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.AuthenticatorNotFoundException;
import io.github.authadapter.EmailAlreadyInUseException;
import io.github.authadapter.SessionAndUser;
import io.github.authadapter.SessionUpdate;
import io.github.authadapter.UserNotFoundException;
import io.github.authadapter.UserUpdate;
import io.github.authadapter.ValueTooLongException;
import io.github.authadapter.VerificationToken;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The behaviour every Auth.js {@link Adapter} must have, one test per behaviour, checked against the database with
 * plain SQL. A database is added with a subclass that supplies its data source; an application that replaces or
 * decorates the Adapter bean also overrides {@link #createAdapter(DataSource)}.
 * <p>
 * The suite runs in a JVM time zone far from UTC, so that a timestamp stored or read in local time shows, and in a
 * Turkish default locale, whose dotless i shows a name that is lower-cased without {@link Locale#ROOT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractAdapterContractTests {

	private static final TimeZone NON_UTC_ZONE = TimeZone.getTimeZone("Asia/Kathmandu");

	private static final Locale DOTLESS_I_LOCALE = Locale.forLanguageTag("tr-TR");

	private @Nullable TimeZone originalZone;

	private @Nullable Locale originalLocale;

	private @Nullable ConfigurableApplicationContext context;

	private @Nullable Adapter adapter;

	private @Nullable JdbcTemplate jdbc;

	private @Nullable String quote;

	/**
	 * The data source of an empty database, or of one with the Auth.js tables in it.
	 */
	protected abstract DataSource dataSource();

	/**
	 * The adapter under test. By default it starts a Spring Boot application on the data source with the starter's
	 * auto-configuration and Hibernate's schema validation, and returns its Adapter bean.
	 */
	protected Adapter createAdapter(DataSource dataSource) {
		return startApplication(dataSource, ContractTestApplication.class);
	}

	/**
	 * Starts a Spring Boot application on the data source, with Hibernate's schema validation, and returns its
	 * Adapter bean.
	 * @param dataSource the data source the application uses
	 * @param applicationClass the application's configuration, such as one with an {@code @EntityScan}
	 * @param properties more properties, such as {@code spring.flyway.locations=...}
	 */
	protected final Adapter startApplication(DataSource dataSource, Class<?> applicationClass, String... properties) {
		this.context = new SpringApplicationBuilder(applicationClass).web(WebApplicationType.NONE)
			.properties("spring.jpa.hibernate.ddl-auto=validate", "spring.main.banner-mode=off",
					"spring.jpa.open-in-view=false", "logging.level.root=warn",
					// The suite stores expired rows on purpose; the scheduled cleanup must not race it.
					"auth.adapter.cleanup.cron=-")
			.properties(properties)
			.initializers((context) -> context.getBeanFactory().registerSingleton("dataSource", dataSource))
			.run();
		return this.context.getBean(Adapter.class);
	}

	@BeforeAll
	void startAdapter() throws Exception {
		this.originalZone = TimeZone.getDefault();
		TimeZone.setDefault(NON_UTC_ZONE);
		this.originalLocale = Locale.getDefault();
		Locale.setDefault(DOTLESS_I_LOCALE);
		DataSource dataSource = dataSource();
		this.adapter = createAdapter(dataSource);
		this.jdbc = new RootLocaleJdbcTemplate(dataSource);
		try (var connection = dataSource.getConnection()) {
			this.quote = connection.getMetaData().getIdentifierQuoteString().trim();
		}
	}

	@AfterAll
	void stopAdapter() {
		if (this.context != null) {
			this.context.close();
		}
		if (this.originalZone != null) {
			TimeZone.setDefault(this.originalZone);
		}
		if (this.originalLocale != null) {
			Locale.setDefault(this.originalLocale);
		}
	}

	/**
	 * The application that the default {@link #createAdapter(DataSource)} started, for subclasses that build their
	 * adapter from its beans.
	 */
	protected final ConfigurableApplicationContext applicationContext() {
		if (this.context == null) {
			throw new IllegalStateException("No application has been started");
		}
		return this.context;
	}

	protected final Adapter adapter() {
		if (this.adapter == null) {
			throw new IllegalStateException("The adapter has not been created");
		}
		return this.adapter;
	}

	protected final JdbcTemplate jdbc() {
		if (this.jdbc == null) {
			throw new IllegalStateException("The data source has not been set up");
		}
		return this.jdbc;
	}

	/**
	 * The name of an Auth.js table in this database, by its Auth.js name such as {@code verification_token}.
	 * Override it for a schema with other table names.
	 */
	protected String table(String authJsName) {
		return authJsName;
	}

	/**
	 * Whether the schema has the unique and foreign key constraints of the starter's; @auth/pg-adapter's has none,
	 * so the tests that need them are skipped for it.
	 */
	protected boolean hasConstraints() {
		return true;
	}

	/**
	 * Whether the schema has a table for WebAuthn authenticators; @auth/pg-adapter's has none.
	 */
	protected boolean hasAuthenticators() {
		return true;
	}

	/**
	 * Whether {@code expires_at} holds seconds past 2038; Prisma's schema makes it a 32-bit INTEGER.
	 */
	protected boolean storesExpiresAtPast2038() {
		return true;
	}

	/**
	 * How precise the schema keeps the expiries of sessions and verification tokens: milliseconds, as Auth.js keeps
	 * them, by default; Drizzle's MySQL tables keep seconds.
	 */
	protected ChronoUnit expiryPrecision() {
		return ChronoUnit.MILLIS;
	}

	/**
	 * How precise the schema keeps the users' {@code emailVerified}: milliseconds by default; Sequelize's MySQL tables
	 * keep seconds.
	 */
	protected ChronoUnit emailVerifiedPrecision() {
		return ChronoUnit.MILLIS;
	}

	/**
	 * Whether session expiries may lie past 2038; a MySQL {@code TIMESTAMP}, as in Drizzle's MySQL tables, ends then.
	 */
	protected boolean storesExpiriesPast2038() {
		return true;
	}

	/**
	 * The longest OAuth token that the schema's token columns hold, or 0 for no limit; Drizzle's MySQL tables have
	 * {@code VARCHAR(255)} columns.
	 */
	protected int longestToken() {
		return 0;
	}

	/**
	 * The value of a user id in SQL: a number in the starter's schema. Override it for a schema with text ids.
	 */
	protected Object userKey(String id) {
		return Long.parseLong(id);
	}

	/**
	 * A mixed-case Auth.js column, such as {@code userId}, as this database's SQL names it: quoted by default.
	 * Override it for a schema with other column names.
	 */
	protected String column(String authJsName) {
		return this.quote + authJsName + this.quote;
	}

	/**
	 * A name quoted as this database quotes identifiers, for the {@link #table(String)} of a schema with
	 * mixed-case table names.
	 */
	protected final String quoted(String name) {
		return this.quote + name + this.quote;
	}

	// Users

	@Test
	void createUserReturnsTheStoredUserWithItsId() {
		Instant verified = Instant.parse("2024-05-06T07:08:09.123Z").truncatedTo(emailVerifiedPrecision());
		AdapterUser created = adapter().createUser(new AdapterUser(null, "Ada", uniqueEmail(), verified, "a.png"));
		assertThat(created.id()).isNotBlank();
		Map<String, Object> row = jdbc().queryForMap(
				"SELECT name, email, image FROM " + table("users") + " WHERE id = ?", userKey(created.id()));
		assertThat(row).containsEntry("name", "Ada").containsEntry("email", created.email())
			.containsEntry("image", "a.png");
		assertThat(storedInstant(table("users"), column("emailVerified"), "id", userKey(created.id()))).isEqualTo(verified);
		assertThat(adapter().getUser(created.id())).contains(created);
	}

	@Test
	void getUserReturnsEmptyForAnUnknownOrMalformedId() {
		assertThat(adapter().getUser("987654321")).isEmpty();
		assertThat(adapter().getUser("not-a-number")).isEmpty();
		assertThat(adapter().getUser("00000000-0000-0000-0000-000000000000")).isEmpty();
	}

	@Test
	void getUserByEmailFindsTheUserOrNothing() {
		AdapterUser created = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		assertThat(adapter().getUserByEmail(created.email())).contains(created);
		assertThat(adapter().getUserByEmail("nobody-" + created.email())).isEmpty();
	}

	@Test
	void emailIsUniqueAmongUsers() {
		assumeTrue(hasConstraints(), "the schema has no unique or foreign key constraints");
		String email = uniqueEmail();
		adapter().createUser(AdapterUser.withEmail(email));
		assertThatExceptionOfType(EmailAlreadyInUseException.class)
			.isThrownBy(() -> adapter().createUser(new AdapterUser(null, "Twin", email, null, null)))
			.withMessageContaining(email);
		assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM " + table("users") + " WHERE email = ?", Integer.class, email))
			.isEqualTo(1);
	}

	@Test
	void updateUserChangesOnlyTheGivenFields() {
		AdapterUser created = adapter().createUser(new AdapterUser(null, "Ada", uniqueEmail(), null, "a.png"));
		Instant verified = Instant.parse("2025-01-02T03:04:05Z");
		Optional<AdapterUser> updated = adapter()
			.updateUser(UserUpdate.of(created.id()).withName("Ada L.").withEmailVerified(verified).withImage(null));
		AdapterUser expected = new AdapterUser(created.id(), "Ada L.", created.email(), verified, null)
			.withAttributes(created.attributes());
		assertThat(updated).contains(expected);
		assertThat(adapter().getUser(created.id())).contains(expected);
		assertThat(jdbc().queryForObject("SELECT image FROM " + table("users") + " WHERE id = ?", String.class,
				userKey(created.id())))
			.isNull();
	}

	@Test
	void updateUserReturnsEmptyForAnUnknownUser() {
		assertThat(adapter().updateUser(UserUpdate.of("987654321").withName("Nobody"))).isEmpty();
		assertThat(adapter().updateUser(UserUpdate.of("not-a-number").withName("Nobody"))).isEmpty();
	}

	@Test
	void updateUserRefusesAnEmailOfAnotherUser() {
		assumeTrue(hasConstraints(), "the schema has no unique or foreign key constraints");
		AdapterUser first = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		AdapterUser second = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		assertThatExceptionOfType(EmailAlreadyInUseException.class)
			.isThrownBy(() -> adapter().updateUser(UserUpdate.of(second.id()).withEmail(first.email())));
		assertThat(adapter().getUser(second.id())).contains(second);
	}

	@Test
	void deleteUserRemovesItsAccountsSessionsAndAuthenticators() {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		adapter().linkAccount(AdapterAccount.withoutTokens(user.id(), "oauth", "github", unique("gh")));
		adapter().createSession(new AdapterSession(unique("session"), user.id(), inDays(30)));
		if (hasAuthenticators()) {
			adapter().createAuthenticator(authenticator(unique("cred"), user.id()));
		}
		Object id = userKey(user.id());

		adapter().deleteUser(user.id());

		assertThat(adapter().getUser(user.id())).isEmpty();
		List<String> childTables = hasAuthenticators()
				? List.of(table("accounts"), table("sessions"), table("authenticators"))
				: List.of(table("accounts"), table("sessions"));
		for (String childTable : childTables) {
			assertThat(jdbc().queryForObject(
					"SELECT COUNT(*) FROM " + childTable + " WHERE " + column("userId") + " = ?", Integer.class, id))
				.as(childTable)
				.isZero();
		}
	}

	@Test
	void deleteUserIgnoresAnUnknownUser() {
		adapter().deleteUser("987654321");
		adapter().deleteUser("not-a-number");
	}

	// Accounts

	@Test
	void linkAccountStoresEveryTokenField() {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		String idToken = "h." + "x".repeat(tokenLength(16 * 1024) - 4) + ".s";
		long past2038 = Instant.parse(storesExpiresAtPast2038() ? "2100-01-01T00:00:00Z" : "2037-12-31T00:00:00Z")
			.getEpochSecond();
		AdapterAccount account = new AdapterAccount(user.id(), "oidc", "google", unique("g"), "refresh-1",
				"access-1", past2038, "bearer", "openid email profile", idToken, "state-1");

		assertThat(adapter().linkAccount(account)).isEqualTo(account);

		Map<String, Object> row = jdbc().queryForMap("SELECT " + column("userId") + " AS user_id, type, refresh_token,"
				+ " access_token, expires_at, token_type, scope, id_token, session_state FROM " + table("accounts")
				+ " WHERE provider = ? AND " + column("providerAccountId") + " = ?", "google", account.providerAccountId());
		assertThat(String.valueOf(row.get("user_id"))).isEqualTo(user.id());
		assertThat(row).containsEntry("type", "oidc").containsEntry("refresh_token", "refresh-1")
			.containsEntry("access_token", "access-1").containsEntry("token_type", "bearer")
			.containsEntry("scope", "openid email profile").containsEntry("id_token", idToken)
			.containsEntry("session_state", "state-1");
		assertThat(((Number) row.get("expires_at")).longValue()).isEqualTo(past2038);
		assertThat(adapter().getAccount("google", account.providerAccountId())).contains(account);
	}

	@Test
	void getUserByAccountFindsTheLinkedUser() {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		String providerAccountId = unique("gh");
		adapter().linkAccount(AdapterAccount.withoutTokens(user.id(), "oauth", "github", providerAccountId));
		assertThat(adapter().getUserByAccount("github", providerAccountId)).contains(user);
		assertThat(adapter().getUserByAccount("gitlab", providerAccountId)).isEmpty();
	}

	@Test
	void unlinkAccountRemovesTheLink() {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		String providerAccountId = unique("gh");
		adapter().linkAccount(AdapterAccount.withoutTokens(user.id(), "oauth", "github", providerAccountId));

		adapter().unlinkAccount("github", providerAccountId);

		assertThat(adapter().getAccount("github", providerAccountId)).isEmpty();
		assertThat(adapter().getUserByAccount("github", providerAccountId)).isEmpty();
		assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM " + table("accounts") + " WHERE " + column("providerAccountId") + " = ?",
				Integer.class, providerAccountId))
			.isZero();
		assertThat(adapter().getUser(user.id())).contains(user);
	}

	@Test
	void anAccountCanBeLinkedOnlyOnce() {
		assumeTrue(hasConstraints(), "the schema has no unique or foreign key constraints");
		AdapterUser first = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		AdapterUser second = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		String providerAccountId = unique("gh");
		adapter().linkAccount(AdapterAccount.withoutTokens(first.id(), "oauth", "github", providerAccountId));
		assertThatExceptionOfType(AccountAlreadyLinkedException.class).isThrownBy(() -> adapter()
			.linkAccount(AdapterAccount.withoutTokens(second.id(), "oauth", "github", providerAccountId)));
		assertThat(adapter().getUserByAccount("github", providerAccountId)).contains(first);
	}

	@Test
	void updateAccountReplacesOnlyTheTokens() {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		String providerAccountId = unique("g");
		AdapterAccount linked = adapter().linkAccount(new AdapterAccount(user.id(), "oidc", "google",
				providerAccountId, "refresh-1", "access-1", 1_700_000_000L, "bearer", "openid", "id-1", "state-1"));
		AdapterUser other = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		String refreshed = "access-2-" + "y".repeat(tokenLength(8 * 1024) - 9);

		// The user id and type of the argument are ignored: an update never moves an account.
		assertThat(adapter().updateAccount(new AdapterAccount(other.id(), "oauth", "google", providerAccountId, null,
				refreshed, 1_800_000_000L, "bearer", "openid email", "id-2", null)))
			.contains(new AdapterAccount(user.id(), "oidc", "google", providerAccountId, null, refreshed,
					1_800_000_000L, "bearer", "openid email", "id-2", null)
				.withAttributes(linked.attributes()));

		Map<String, Object> row = jdbc().queryForMap("SELECT " + column("userId") + " AS user_id, type, refresh_token,"
				+ " access_token, expires_at, scope, id_token, session_state FROM " + table("accounts")
				+ " WHERE provider = ? AND " + column("providerAccountId") + " = ?", "google", providerAccountId);
		assertThat(String.valueOf(row.get("user_id"))).isEqualTo(user.id());
		assertThat(row).containsEntry("type", "oidc").containsEntry("refresh_token", null)
			.containsEntry("access_token", refreshed).containsEntry("scope", "openid email")
			.containsEntry("id_token", "id-2").containsEntry("session_state", null);
		assertThat(((Number) row.get("expires_at")).longValue()).isEqualTo(1_800_000_000L);
	}

	@Test
	void aTokenLongerThanItsColumnFailsWithAClearErrorAndStoresNothing() {
		assumeTrue(longestToken() > 0, "the schema's token columns hold tokens of any length");
		AdapterUser user = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		String providerAccountId = unique("g");
		String tooLong = "access-" + "z".repeat(longestToken());
		AdapterAccount withTooLongToken = new AdapterAccount(user.id(), "oidc", "google", providerAccountId, null,
				tooLong, 1_700_000_000L, "bearer", "openid", null, null);

		assertTooLongAccessToken(() -> adapter().linkAccount(withTooLongToken), tooLong);
		assertThat(adapter().getAccount("google", providerAccountId)).isEmpty();

		AdapterAccount linked = adapter().linkAccount(new AdapterAccount(user.id(), "oidc", "google",
				providerAccountId, null, "access-1", 1_700_000_000L, "bearer", "openid", null, null));
		assertTooLongAccessToken(() -> adapter().updateAccount(withTooLongToken), tooLong);
		assertThat(adapter().getAccount("google", providerAccountId)).contains(linked);
	}

	private void assertTooLongAccessToken(ThrowingCallable write, String token) {
		assertThatExceptionOfType(ValueTooLongException.class).isThrownBy(write).satisfies((ex) -> {
			assertThat(ex.getMessage()).doesNotContain(token);
			if (isMysqlOrMariadb()) {
				assertThat(ex.getColumn()).isEqualTo("access_token");
			}
		});
	}

	private boolean isMysqlOrMariadb() {
		String product = jdbc().execute((ConnectionCallback<String>) (connection) -> connection.getMetaData()
			.getDatabaseProductName());
		return product != null && (product.equals("MySQL") || product.equals("MariaDB"));
	}

	@Test
	void updateAccountReturnsEmptyForAnUnknownAccount() {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		assertThat(adapter().updateAccount(new AdapterAccount(user.id(), "oauth", "github", unique("gh"), null,
				"access", null, "bearer", null, null, null)))
			.isEmpty();
		assertThat(adapter().listAccountsByUserId(user.id())).isEmpty();
	}

	@Test
	void updateAccountTokensWritesWhatTheUpdateMakesOfTheStoredTokens() {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		String providerAccountId = unique("g");
		AdapterAccount linked = adapter().linkAccount(new AdapterAccount(user.id(), "oidc", "google",
				providerAccountId, "refresh-1", "access-1", 1_700_000_000L, "bearer", "openid", "id-1", "state-1"));
		List<AdapterAccount> seen = new ArrayList<>();

		Optional<AdapterAccount> updated = adapter().updateAccountTokens("google", providerAccountId, (current) -> {
			seen.add(current);
			return Optional.of(new AdapterAccount(current.userId(), current.type(), current.provider(),
					current.providerAccountId(), "refresh-2", "access-2", 1_800_000_000L, "bearer", "openid",
					current.id_token(), current.session_state()));
		});

		assertThat(seen).containsExactly(linked);
		assertThat(updated).contains(new AdapterAccount(user.id(), "oidc", "google", providerAccountId, "refresh-2",
				"access-2", 1_800_000_000L, "bearer", "openid", "id-1", "state-1").withAttributes(linked.attributes()));
		Map<String, Object> row = jdbc().queryForMap("SELECT refresh_token, access_token, expires_at FROM "
				+ table("accounts") + " WHERE provider = ? AND " + column("providerAccountId") + " = ?", "google",
				providerAccountId);
		assertThat(row).containsEntry("refresh_token", "refresh-2").containsEntry("access_token", "access-2");
		assertThat(((Number) row.get("expires_at")).longValue()).isEqualTo(1_800_000_000L);
	}

	@Test
	void updateAccountTokensLeavesTheAccountAsItIsWhenTheUpdateReturnsEmpty() {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		String providerAccountId = unique("g");
		AdapterAccount linked = adapter().linkAccount(new AdapterAccount(user.id(), "oauth", "github",
				providerAccountId, "refresh-1", "access-1", null, "bearer", null, null, null));

		assertThat(adapter().updateAccountTokens("github", providerAccountId, (current) -> Optional.empty()))
			.contains(linked);
		assertThat(adapter().getAccount("github", providerAccountId)).contains(linked);
	}

	@Test
	void updateAccountTokensReturnsEmptyForAnUnknownAccountWithoutCallingTheUpdate() {
		List<AdapterAccount> seen = new ArrayList<>();
		assertThat(adapter().updateAccountTokens("github", unique("gh"), (current) -> {
			seen.add(current);
			return Optional.of(current);
		})).isEmpty();
		assertThat(seen).isEmpty();
	}

	@Test
	void concurrentTokenUpdatesOfOneAccountRunOneAfterTheOther() throws Exception {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		String providerAccountId = unique("g");
		adapter().linkAccount(new AdapterAccount(user.id(), "oauth", "github", providerAccountId, "refresh-0",
				"access-0", null, "bearer", null, null, null));
		int threads = 4;
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Optional<AdapterAccount>>> updates = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				updates.add(executor.submit(() -> {
					start.await();
					// Each update rotates the refresh token it finds, as a provider that rotates them would: one that
					// ran on a stale read would write a generation that another update wrote already.
					return adapter().updateAccountTokens("github", providerAccountId, (current) -> {
						int generation = Integer.parseInt(current.refresh_token().substring("refresh-".length()));
						sleepWhileOthersTry();
						return Optional.of(new AdapterAccount(current.userId(), current.type(), current.provider(),
								current.providerAccountId(), "refresh-" + (generation + 1),
								"access-" + (generation + 1), null, "bearer", null, null, null));
					});
				}));
			}
			start.countDown();
			List<String> written = new ArrayList<>();
			for (Future<Optional<AdapterAccount>> update : updates) {
				written.add(update.get().orElseThrow().refresh_token());
			}
			assertThat(written).containsExactlyInAnyOrder("refresh-1", "refresh-2", "refresh-3", "refresh-4");
			assertThat(adapter().getAccount("github", providerAccountId).orElseThrow().refresh_token())
				.isEqualTo("refresh-" + threads);
		}
		finally {
			executor.shutdownNow();
		}
	}

	/**
	 * Holds an update for long enough that the other threads reach the row while it runs, so that without a lock
	 * they would read what it is about to replace.
	 */
	private static void sleepWhileOthersTry() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void listAccountsByUserIdReturnsOnlyThatUsersAccountsByProvider() {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		AdapterUser other = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		AdapterAccount google = adapter().linkAccount(new AdapterAccount(user.id(), "oidc", "google", unique("g"),
				null, "access", null, "bearer", null, null, null));
		AdapterAccount github = adapter()
			.linkAccount(AdapterAccount.withoutTokens(user.id(), "oauth", "github", unique("gh")));
		adapter().linkAccount(AdapterAccount.withoutTokens(other.id(), "oauth", "github", unique("gh")));

		assertThat(adapter().listAccountsByUserId(user.id())).containsExactly(github, google);
		assertThat(adapter().listAccountsByUserId("987654321")).isEmpty();
		assertThat(adapter().listAccountsByUserId("not-a-number")).isEmpty();
	}

	@Test
	void linkAccountRefusesAnUnknownUser() {
		assumeTrue(hasConstraints(), "the schema has no unique or foreign key constraints");
		assertThatExceptionOfType(UserNotFoundException.class).isThrownBy(() -> adapter()
			.linkAccount(AdapterAccount.withoutTokens("987654321", "oauth", "github", unique("gh"))));
	}

	// Sessions

	@Test
	void getSessionAndUserReturnsExactlyWhatWasStored() {
		AdapterUser user = adapter().createUser(new AdapterUser(null, "Ada", uniqueEmail(), null, null));
		AdapterSession session = new AdapterSession(unique("session"), user.id(),
				Instant.parse("2031-02-03T04:05:06.789Z").truncatedTo(expiryPrecision()));

		assertThat(adapter().createSession(session)).isEqualTo(session);

		assertThat(adapter().getSessionAndUser(session.sessionToken())).contains(new SessionAndUser(session, user));
		assertThat(storedInstant(table("sessions"), "expires", column("sessionToken"), session.sessionToken()))
			.isEqualTo(session.expires());
	}

	@Test
	void getSessionAndUserReturnsEmptyForAnUnknownToken() {
		assertThat(adapter().getSessionAndUser(unique("unknown"))).isEmpty();
	}

	@Test
	void sessionsOutliveTheYear2038() {
		assumeTrue(storesExpiriesPast2038(), "the schema's expiries end in 2038");
		AdapterUser user = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		AdapterSession session = new AdapterSession(unique("session"), user.id(),
				Instant.parse("2100-12-31T23:59:59Z"));
		adapter().createSession(session);
		assertThat(adapter().getSessionAndUser(session.sessionToken()).map(SessionAndUser::session))
			.contains(session);
	}

	@Test
	void updateSessionChangesItsExpiry() {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		AdapterSession session = adapter()
			.createSession(new AdapterSession(unique("session"), user.id(), inDays(1)));
		Instant later = inDays(30);

		Optional<AdapterSession> updated = adapter().updateSession(new SessionUpdate(session.sessionToken(), later));

		assertThat(updated).contains(new AdapterSession(session.sessionToken(), user.id(), later));
		assertThat(storedInstant(table("sessions"), "expires", column("sessionToken"), session.sessionToken())).isEqualTo(later);
		assertThat(adapter().updateSession(new SessionUpdate(unique("unknown"), later))).isEmpty();
	}

	@Test
	void deleteSessionRemovesTheRow() {
		AdapterUser user = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		AdapterSession session = adapter()
			.createSession(new AdapterSession(unique("session"), user.id(), inDays(1)));

		adapter().deleteSession(session.sessionToken());

		assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM " + table("sessions") + " WHERE " + column("sessionToken") + " = ?",
				Integer.class, session.sessionToken()))
			.isZero();
		assertThat(adapter().getSessionAndUser(session.sessionToken())).isEmpty();
		adapter().deleteSession(session.sessionToken());
	}

	@Test
	void createSessionRefusesAnUnknownUser() {
		assumeTrue(hasConstraints(), "the schema has no unique or foreign key constraints");
		assertThatExceptionOfType(UserNotFoundException.class)
			.isThrownBy(() -> adapter().createSession(new AdapterSession(unique("s"), "987654321", inDays(1))));
	}

	// Verification tokens

	@Test
	void aVerificationTokenCanBeUsedOnce() {
		VerificationToken token = new VerificationToken(uniqueEmail(), unique("token"), inDays(1));
		assertThat(adapter().createVerificationToken(token)).isEqualTo(token);
		assertThat(storedInstant(table("verification_token"), "expires", "token", token.token())).isEqualTo(token.expires());

		assertThat(adapter().useVerificationToken(token.identifier(), token.token())).contains(token);
		assertThat(adapter().useVerificationToken(token.identifier(), token.token())).isEmpty();
		assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM " + table("verification_token") + " WHERE token = ?", Integer.class,
				token.token()))
			.isZero();
	}

	@Test
	void aVerificationTokenIsNotUsedWithTheWrongIdentifier() {
		VerificationToken token = adapter()
			.createVerificationToken(new VerificationToken(uniqueEmail(), unique("token"), inDays(1)));
		assertThat(adapter().useVerificationToken("someone-else@example.com", token.token())).isEmpty();
		assertThat(adapter().useVerificationToken(token.identifier(), token.token())).contains(token);
	}

	@Test
	void anExpiredVerificationTokenIsReturnedForTheCallerToReject() {
		VerificationToken token = adapter().createVerificationToken(
				new VerificationToken(uniqueEmail(), unique("token"), Instant.now().minusSeconds(60).truncatedTo(expiryPrecision())));
		assertThat(adapter().useVerificationToken(token.identifier(), token.token())).contains(token);
	}

	@Test
	void concurrentUsesOfOneTokenSucceedOnlyOnce() throws Exception {
		int threads = 8;
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			for (int round = 0; round < 10; round++) {
				VerificationToken token = adapter()
					.createVerificationToken(new VerificationToken(uniqueEmail(), unique("race"), inDays(1)));
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Optional<VerificationToken>>> uses = new ArrayList<>();
				for (int i = 0; i < threads; i++) {
					Callable<Optional<VerificationToken>> use = () -> {
						start.await();
						return adapter().useVerificationToken(token.identifier(), token.token());
					};
					uses.add(executor.submit(use));
				}
				start.countDown();
				int winners = 0;
				for (Future<Optional<VerificationToken>> use : uses) {
					winners += use.get().isPresent() ? 1 : 0;
				}
				assertThat(winners).as("successful uses in round %d", round).isEqualTo(1);
			}
		}
		finally {
			executor.shutdownNow();
		}
	}

	// Authenticators

	@Test
	void authenticatorsAreStoredListedAndCounted() {
		assumeTrue(hasAuthenticators(), "the schema has no authenticators table");
		AdapterUser user = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		AdapterAuthenticator first = adapter().createAuthenticator(authenticator("a-" + unique("cred"), user.id()));
		AdapterAuthenticator second = adapter().createAuthenticator(new AdapterAuthenticator("b-" + unique("cred"),
				user.id(), "webauthn-account", "cHVibGljLWtleQ", 7, "multiDevice", true, null));

		assertThat(adapter().getAuthenticator(first.credentialID())).contains(first);
		assertThat(adapter().listAuthenticatorsByUserId(user.id())).containsExactly(first, second);
		assertThat(adapter().listAuthenticatorsByUserId("987654321")).isEmpty();

		AdapterAuthenticator counted = adapter().updateAuthenticatorCounter(first.credentialID(), 42);
		assertThat(counted.counter()).isEqualTo(42);
		assertThat(jdbc().queryForObject("SELECT counter FROM " + table("authenticators") + " WHERE " + column("credentialID") + " = ?",
				Long.class, first.credentialID()))
			.isEqualTo(42L);
	}

	@Test
	void getAuthenticatorReturnsEmptyForAnUnknownCredential() {
		assumeTrue(hasAuthenticators(), "the schema has no authenticators table");
		assertThat(adapter().getAuthenticator(unique("unknown"))).isEmpty();
	}

	@Test
	void updatingTheCounterOfAnUnknownAuthenticatorFailsClearly() {
		assumeTrue(hasAuthenticators(), "the schema has no authenticators table");
		String credentialID = unique("unknown");
		assertThatExceptionOfType(AuthenticatorNotFoundException.class)
			.isThrownBy(() -> adapter().updateAuthenticatorCounter(credentialID, 1))
			.withMessageContaining(credentialID);
	}

	@Test
	void deletingAnAuthenticatorRemovesItsRowOnly() {
		assumeTrue(hasAuthenticators(), "the schema has no authenticators table");
		AdapterUser user = adapter().createUser(AdapterUser.withEmail(uniqueEmail()));
		AdapterAuthenticator kept = adapter().createAuthenticator(authenticator("k-" + unique("cred"), user.id()));
		AdapterAuthenticator deleted = adapter().createAuthenticator(authenticator("d-" + unique("cred"), user.id()));

		adapter().deleteAuthenticator(deleted.credentialID());
		adapter().deleteAuthenticator(unique("unknown"));

		assertThat(adapter().getAuthenticator(deleted.credentialID())).isEmpty();
		assertThat(adapter().listAuthenticatorsByUserId(user.id())).containsExactly(kept);
		assertThat(adapter().getUser(user.id())).isPresent();
	}

	// Bad input

	@Test
	void blankArgumentsFailBeforeAnySqlNamingTheField() {
		assertThatIllegalArgumentException().isThrownBy(() -> adapter().getUser(" ")).withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> adapter().getUserByEmail(""))
			.withMessageContaining("email");
		assertThatIllegalArgumentException().isThrownBy(() -> adapter().getSessionAndUser(""))
			.withMessageContaining("sessionToken");
		assertThatIllegalArgumentException().isThrownBy(() -> adapter().useVerificationToken("a@example.com", " "))
			.withMessageContaining("token");
		assertThatIllegalArgumentException().isThrownBy(() -> adapter().getUserByAccount("github", ""))
			.withMessageContaining("providerAccountId");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> adapter().createSession(new AdapterSession("token", " ", inDays(1))))
			.withMessageContaining("userId");
	}

	// Helpers

	/**
	 * Reads a timestamp column as the instant it holds: columns with a time zone say so themselves, and columns
	 * without one (MySQL's DATETIME) hold UTC.
	 */
	private Instant storedInstant(String table, String column, String keyColumn, Object key) {
		return jdbc().queryForObject("SELECT " + column + " FROM " + table + " WHERE " + keyColumn + " = ?",
				(rs, rowNum) -> {
					String type = rs.getMetaData().getColumnTypeName(1).toLowerCase(Locale.ROOT);
					if (type.contains("zone") || type.contains("tz")) {
						return rs.getObject(1, OffsetDateTime.class).toInstant();
					}
					if (type.contains("char") || type.contains("text")) {
						// Milliseconds since the epoch as text, as the TypeORM adapter stores them.
						return Instant.ofEpochMilli(Long.parseLong(rs.getString(1)));
					}
					return rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
				}, key);
	}

	private static AdapterAuthenticator authenticator(String credentialID, String userId) {
		return new AdapterAuthenticator(credentialID, userId, "webauthn-account", "cHVibGljLWtleQ", 0,
				"singleDevice", false, "usb,nfc");
	}

	private Instant inDays(int days) {
		return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(expiryPrecision());
	}

	// As long as a token the tests store should be, or as long as the schema allows.
	private int tokenLength(int wanted) {
		return (longestToken() > 0) ? Math.min(wanted, longestToken()) : wanted;
	}

	private static String uniqueEmail() {
		return unique("user") + "@example.com";
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID();
	}

	/**
	 * The application the default {@link #createAdapter(DataSource)} starts.
	 */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class ContractTestApplication {

	}

}
