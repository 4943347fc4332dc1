package io.github.authadapter.test.concurrency;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import io.github.authadapter.AccountAlreadyLinkedException;
import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.EmailAlreadyInUseException;
import io.github.authadapter.SessionUpdate;
import io.github.authadapter.VerificationToken;
import io.github.authadapter.test.RunningApplication;
import io.github.authadapter.test.StarterApplication;
import io.github.authadapter.test.oauth.TestBrowser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Races on one row, each run for many rounds of {@value #THREADS} threads released together: the starter's
 * application on a real port, with the adapter and the email sign-in it configures. One verification token used at
 * once is used once, one sign-in link confirmed at once starts one session, the links of one new address make one
 * user, one email makes one user, one provider account is linked once, and a deleted session stays deleted. The
 * rounds are multiplied by ten with {@code -Dauthadapter.soak=true}.
 * <p>
 * A database is added with a subclass that supplies its data source; an application with an Adapter of its own, or
 * other configuration, also overrides {@link #configure(SpringApplicationBuilder)}. The suite counts rows with plain
 * SQL in the starter's default tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractConcurrencyTests {

	/**
	 * The threads of each race, released together.
	 */
	public static final int THREADS = 16;

	private @Nullable RunningApplication app;

	private @Nullable Adapter adapter;

	private @Nullable JdbcTemplate jdbc;

	private @Nullable Race race;

	private String quote = "";

	/**
	 * The data source of an empty database, or of one with the Auth.js tables in it. The application uses it, so its
	 * pool should hold at least {@value #THREADS} connections, or the races queue for them.
	 */
	protected abstract DataSource dataSource();

	/**
	 * Customises the application that the suite starts, {@link StarterApplication} on {@link #dataSource()}: add
	 * configuration of your own, such as an Adapter bean, with {@code application.sources(...)}, or properties with
	 * {@code application.properties(...)}.
	 * @return the builder
	 */
	protected SpringApplicationBuilder configure(SpringApplicationBuilder application) {
		return application;
	}

	@BeforeAll
	void start() {
		this.app = RunningApplication.start(configure(RunningApplication.builder(dataSource(), StarterApplication.class)
			// Every refused duplicate would log a warning.
			.properties("logging.level.org.hibernate.orm.jdbc.error=off", "logging.level.org.mariadb.jdbc=error")));
		this.adapter = this.app.adapter();
		this.jdbc = new JdbcTemplate(dataSource());
		this.race = new Race(THREADS);
		this.quote = this.jdbc.execute((Connection connection) -> connection.getMetaData()
			.getIdentifierQuoteString()
			.trim());
	}

	@AfterAll
	void stop() {
		if (this.race != null) {
			this.race.close();
		}
		if (this.app != null) {
			app().close();
		}
	}

	@Test
	void oneVerificationTokenIsUsedOnce() throws Exception {
		int rounds = Rounds.of(200);
		long started = System.nanoTime();
		for (int round = 0; round < rounds; round++) {
			VerificationToken token = adapter()
				.createVerificationToken(new VerificationToken(uniqueEmail(), unique(), Instant.now().plusSeconds(600)));

			List<Race.Outcome<Optional<VerificationToken>>> uses = race()
				.run((thread) -> () -> adapter().useVerificationToken(token.identifier(), token.token()));

			assertThat(errors(uses)).as("errors in round %d", round).isEmpty();
			assertThat(uses).as("successful uses in round %d", round)
				.filteredOn((use) -> use.value().isPresent())
				.hasSize(1);
		}
		assertThat(count("verification_token", "identifier", "%@race.example")).isZero();
		report("useVerificationToken", rounds, started);
	}

	@Test
	void oneMagicLinkConfirmedAtOnceStartsOneSession() throws Exception {
		int rounds = Rounds.of(50);
		long started = System.nanoTime();
		List<TestBrowser> browsers = browsers();
		for (int round = 0; round < rounds; round++) {
			String email = uniqueEmail();
			String token = app().issueLink(email);

			List<Race.Outcome<TestBrowser.Response>> confirmations = race()
				.run((thread) -> confirmation(browsers.get(thread), email, token));

			assertThat(errors(confirmations)).as("errors in round %d", round).isEmpty();
			List<TestBrowser.Response> responses = confirmations.stream().map(Race.Outcome::value).toList();
			assertThat(responses).as("sign-ins in round %d", round)
				.filteredOn((response) -> response.status() == 303)
				.hasSize(1);
			assertThat(responses).as("refusals in round %d", round)
				.filteredOn((response) -> response.status() != 303)
				.hasSize(THREADS - 1)
				.allSatisfy((response) -> {
					assertThat(response.status()).isEqualTo(400);
					assertThat(response.body()).contains("This sign-in link does not work");
				});
			assertThat(sessionsOf(email)).as("sessions created in round %d", round).isEqualTo(1);
		}
		report("magic link POST /api/auth/callback/email", rounds, started);
	}

	/**
	 * The links of one new address, used at the same moment, all sign in, and the address gets one user.
	 */
	@Test
	void linksOfOneNewAddressConfirmedAtOnceCreateOneUser() throws Exception {
		int rounds = Rounds.of(20);
		long started = System.nanoTime();
		List<TestBrowser> browsers = browsers();
		for (int round = 0; round < rounds; round++) {
			String email = uniqueEmail();
			List<String> tokens = new ArrayList<>();
			for (int i = 0; i < THREADS; i++) {
				tokens.add(app().issueLink(email));
			}

			List<Race.Outcome<TestBrowser.Response>> confirmations = race()
				.run((thread) -> confirmation(browsers.get(thread), email, tokens.get(thread)));

			assertThat(errors(confirmations)).as("errors in round %d", round).isEmpty();
			assertThat(confirmations).as("sign-ins in round %d", round)
				.allSatisfy((confirmation) -> assertThat(confirmation.value().status()).isEqualTo(303));
			assertThat(count("users", "email", email)).as("users in round %d", round).isEqualTo(1);
			assertThat(sessionsOf(email)).as("sessions in round %d", round).isEqualTo(THREADS);
		}
		report("links of one new address, POST /api/auth/callback/email", rounds, started);
	}

	@Test
	void oneEmailCreatesOneUser() throws Exception {
		int rounds = Rounds.of(200);
		long started = System.nanoTime();
		for (int round = 0; round < rounds; round++) {
			String email = uniqueEmail();

			List<Race.Outcome<AdapterUser>> creations = race()
				.run((thread) -> () -> adapter().createUser(AdapterUser.withEmail(email)));

			assertThat(creations).as("created users in round %d", round).filteredOn(Race.Outcome::succeeded).hasSize(1);
			assertThat(errors(creations)).as("refusals in round %d", round)
				.hasSize(THREADS - 1)
				.allSatisfy((error) -> assertThat(error).isExactlyInstanceOf(EmailAlreadyInUseException.class));
			assertThat(count("users", "email", email)).isEqualTo(1);
		}
		report("createUser", rounds, started);
	}

	@Test
	void oneProviderAccountIsLinkedOnce() throws Exception {
		int rounds = Rounds.of(200);
		long started = System.nanoTime();
		for (int round = 0; round < rounds; round++) {
			String userId = adapter().createUser(AdapterUser.withEmail(uniqueEmail())).id();
			String providerAccountId = unique();

			List<Race.Outcome<AdapterAccount>> links = race().run((thread) -> () -> adapter()
				.linkAccount(AdapterAccount.withoutTokens(userId, "oidc", "race-idp", providerAccountId)));

			assertThat(links).as("links in round %d", round).filteredOn(Race.Outcome::succeeded).hasSize(1);
			assertThat(errors(links)).as("refusals in round %d", round)
				.hasSize(THREADS - 1)
				.allSatisfy((error) -> assertThat(error).isExactlyInstanceOf(AccountAlreadyLinkedException.class));
			assertThat(count("accounts", column("providerAccountId"), providerAccountId)).isEqualTo(1);
		}
		report("linkAccount", rounds, started);
	}

	/**
	 * Thread 0 deletes the session while the others read and extend it. Whatever began after the delete returned
	 * must not see the session, and nothing may bring it back.
	 */
	@Test
	void aDeletedSessionStaysDeletedWhileReadAndExtended() throws Exception {
		int rounds = Rounds.of(200);
		long started = System.nanoTime();
		String userId = adapter().createUser(AdapterUser.withEmail(uniqueEmail())).id();
		for (int round = 0; round < rounds; round++) {
			String token = unique();
			adapter().createSession(new AdapterSession(token, userId, Instant.now().plusSeconds(600)));
			AtomicBoolean deleted = new AtomicBoolean();
			List<String> resurrections = new CopyOnWriteArrayList<>();

			List<Race.Outcome<Integer>> outcomes = race().run((thread) -> () -> {
				if (thread == 0) {
					adapter().deleteSession(token);
					deleted.set(true);
					return 0;
				}
				for (int i = 0; i < 2; i++) {
					boolean afterDelete = deleted.get();
					Optional<?> seen = (thread % 2 == 0) ? adapter().getSessionAndUser(token)
							: adapter().updateSession(new SessionUpdate(token, Instant.now().plusSeconds(900 + i)));
					if (afterDelete && seen.isPresent()) {
						resurrections.add("thread " + thread + " saw the session after it was deleted: " + seen.get());
					}
				}
				return 0;
			});

			assertThat(errors(outcomes)).as("errors in round %d", round).isEmpty();
			assertThat(resurrections).as("round %d", round).isEmpty();
			assertThat(count("sessions", column("sessionToken"), token)).as("session rows after round %d", round)
				.isZero();
			assertThat(adapter().getSessionAndUser(token)).isEmpty();
		}
		report("deleteSession vs getSessionAndUser/updateSession", rounds, started);
	}

	private RunningApplication app() {
		if (this.app == null) {
			throw new IllegalStateException("The application has not been started");
		}
		return this.app;
	}

	/**
	 * The Adapter bean of the application, which the races call.
	 */
	protected final Adapter adapter() {
		if (this.adapter == null) {
			throw new IllegalStateException("The application has not been started");
		}
		return this.adapter;
	}

	private JdbcTemplate jdbc() {
		if (this.jdbc == null) {
			throw new IllegalStateException("The application has not been started");
		}
		return this.jdbc;
	}

	private Race race() {
		if (this.race == null) {
			throw new IllegalStateException("The application has not been started");
		}
		return this.race;
	}

	private List<TestBrowser> browsers() {
		List<TestBrowser> browsers = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			browsers.add(new TestBrowser());
		}
		return browsers;
	}

	/**
	 * The POST of the link's confirmation page, with the CSRF token fetched now, before the race starts.
	 */
	private Callable<TestBrowser.Response> confirmation(TestBrowser browser, String email, String token) {
		String csrfToken = app().csrfToken(browser);
		return () -> app().confirmLink(browser, csrfToken, email, token);
	}

	private long count(String table, String column, String value) {
		String operator = value.startsWith("%") ? " LIKE ?" : " = ?";
		return jdbc().queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + column + operator, Long.class,
				value);
	}

	private long sessionsOf(String email) {
		String userId = adapter().getUserByEmail(email).orElseThrow().id();
		return jdbc().queryForObject("SELECT COUNT(*) FROM sessions WHERE " + column("userId") + " = ?", Long.class,
				Long.parseLong(userId));
	}

	private String column(String name) {
		return this.quote + name + this.quote;
	}

	private static <T> List<Throwable> errors(List<Race.Outcome<T>> outcomes) {
		return outcomes.stream().filter((outcome) -> !outcome.succeeded()).map(Race.Outcome::error).toList();
	}

	private void report(String scenario, int rounds, long started) {
		System.out.println("[concurrency] " + databaseName() + ": " + scenario + ", " + rounds + " rounds x " + THREADS
				+ " threads, 0 failures, " + (System.nanoTime() - started) / 1_000_000 + " ms");
	}

	private String databaseName() {
		return jdbc().execute((Connection connection) -> connection.getMetaData().getDatabaseProductName());
	}

	private static String uniqueEmail() {
		return unique() + "@race.example";
	}

	private static String unique() {
		return UUID.randomUUID().toString();
	}

}
