package io.github.authadapter.roundtrip;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.AdapterAuthenticator;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.SessionAndUser;
import io.github.authadapter.SessionUpdate;
import io.github.authadapter.UserUpdate;
import io.github.authadapter.VerificationToken;
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
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Properties of the Adapter that hold for any input: whatever text, instant or number goes in comes out unchanged,
 * from every plane of Unicode to a 64 KB ID token and the year 3000, and text that no database can store unchanged,
 * with NUL or a lone surrogate, is refused with an error naming the field before anything is written. Each property
 * is checked on {@value #DEFAULT_TRIES} random inputs; a failure names the seed that replays it with
 * {@code -Dauthadapter.seed=...}. Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractAdapterRoundTripTests {

	static final int DEFAULT_TRIES = 100;

	/**
	 * The tables whose rows are counted to show that a refused input wrote nothing.
	 */
	private static final List<String> TABLES = List.of("users", "accounts", "sessions", "verification_token",
			"authenticators");

	private final int tries = Integer.getInteger("authadapter.tries", DEFAULT_TRIES);

	private final long seed = Long.getLong("authadapter.seed", System.nanoTime());

	private @Nullable ConfigurableApplicationContext context;

	/**
	 * The data source of an empty database.
	 */
	protected abstract DataSource dataSource();

	@BeforeAll
	void startAdapter() {
		DataSource dataSource = dataSource();
		this.context = new SpringApplicationBuilder(RoundTripApplication.class).web(WebApplicationType.NONE)
			.properties("spring.jpa.hibernate.ddl-auto=validate", "spring.main.banner-mode=off",
					"logging.level.root=warn", "auth.adapter.cleanup.cron=-")
			.initializers((context) -> context.getBeanFactory().registerSingleton("dataSource", dataSource))
			.run();
	}

	@AfterAll
	void stopAdapter() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void usersComeBackAsTheyWereStoredAndUpdated() {
		forEachTry((odd, i) -> {
			AdapterUser created = adapter().createUser(new AdapterUser(null, longOrShort(odd), email(odd, "u" + i),
					odd.nullableInstant(), longOrShort(odd)));
			String id = created.id();
			assertThat(id).isNotNull();
			AdapterUser expected = created;
			assertSame(adapter().getUser(id).orElseThrow(), expected);
			if (expected.email() != null) {
				assertSame(adapter().getUserByEmail(expected.email()).orElseThrow(), expected);
			}
			UserUpdate update = UserUpdate.of(id)
				.withName(longOrShort(odd))
				.withEmail(email(odd, "v" + i))
				.withEmailVerified(odd.nullableInstant())
				.withImage(odd.nullableText(2048));
			AdapterUser updated = adapter().updateUser(update).orElseThrow();
			assertSame(updated, new AdapterUser(id, value(update.name()), value(update.email()),
					value(update.emailVerified()), value(update.image())));
			assertSame(adapter().getUser(id).orElseThrow(), updated);
		});
	}

	@Test
	void accountsComeBackWithEveryTokenAsItWasLinkedAndUpdated() {
		forEachTry((odd, i) -> {
			String userId = newUser(odd);
			AdapterAccount linked = account(odd, userId, odd.uniqueText("p" + i + "-", 255), (i % 10 == 0));
			assertSame(adapter().linkAccount(linked), linked);
			assertSame(adapter().getAccount(linked.provider(), linked.providerAccountId()).orElseThrow(), linked);
			assertThat(adapter().listAccountsByUserId(userId)).singleElement()
				.satisfies((account) -> assertSame(account, linked));
			assertThat(adapter().getUserByAccount(linked.provider(), linked.providerAccountId()))
				.hasValueSatisfying((user) -> assertThat(user.id()).isEqualTo(userId));
			AdapterAccount refreshed = account(odd, userId, linked.providerAccountId(), (i % 10 == 5));
			refreshed = new AdapterAccount(userId, linked.type(), linked.provider(), linked.providerAccountId(),
					refreshed.refresh_token(), refreshed.access_token(), refreshed.expires_at(),
					refreshed.token_type(), refreshed.scope(), refreshed.id_token(), refreshed.session_state());
			assertSame(adapter().updateAccount(refreshed).orElseThrow(), refreshed);
			assertSame(adapter().getAccount(linked.provider(), linked.providerAccountId()).orElseThrow(), refreshed);
		});
	}

	@Test
	void sessionsComeBackWithTheirUserAndExpiryAtTheMillisecond() {
		forEachTry((odd, i) -> {
			String userId = newUser(odd);
			AdapterSession session = new AdapterSession(odd.uniqueText("s" + i + "-", 512), userId, odd.instant());
			assertSame(adapter().createSession(session), session);
			SessionAndUser found = adapter().getSessionAndUser(session.sessionToken()).orElseThrow();
			assertSame(found.session(), session);
			assertThat(found.user().id()).isEqualTo(userId);
			SessionUpdate update = new SessionUpdate(session.sessionToken(), odd.instant());
			AdapterSession updated = new AdapterSession(session.sessionToken(), userId, update.expires());
			assertSame(adapter().updateSession(update).orElseThrow(), updated);
			assertSame(adapter().getSessionAndUser(session.sessionToken()).orElseThrow().session(), updated);
			adapter().deleteSession(session.sessionToken());
			assertThat(adapter().getSessionAndUser(session.sessionToken())).isEmpty();
		});
	}

	@Test
	void verificationTokensComeBackOnceAsTheyWereCreated() {
		forEachTry((odd, i) -> {
			VerificationToken token = new VerificationToken(odd.uniqueText("i" + i + "-", 255),
					odd.uniqueText("t" + i + "-", 512), odd.instant());
			assertSame(adapter().createVerificationToken(token), token);
			assertSame(adapter().useVerificationToken(token.identifier(), token.token()).orElseThrow(), token);
			assertThat(adapter().useVerificationToken(token.identifier(), token.token())).isEmpty();
		});
	}

	@Test
	void authenticatorsComeBackAsTheyWereCreatedAndCounted() {
		forEachTry((odd, i) -> {
			String userId = newUser(odd);
			AdapterAuthenticator authenticator = new AdapterAuthenticator(odd.credentialId("c" + i + "-"), userId,
					odd.uniqueText("a", 255), odd.uniqueText("k", (i % 10 == 0) ? 16_000 : 512), odd.counter(),
					odd.uniqueText("d", 255), odd.nextBoolean(), odd.nullableText(255));
			assertSame(adapter().createAuthenticator(authenticator), authenticator);
			assertSame(adapter().getAuthenticator(authenticator.credentialID()).orElseThrow(), authenticator);
			assertThat(adapter().listAuthenticatorsByUserId(userId)).singleElement()
				.satisfies((found) -> assertSame(found, authenticator));
			long counter = odd.counter();
			assertThat(adapter().updateAuthenticatorCounter(authenticator.credentialID(), counter).counter())
				.isEqualTo(counter);
			assertThat(adapter().getAuthenticator(authenticator.credentialID()).orElseThrow().counter())
				.isEqualTo(counter);
		});
	}

	@Test
	void textWithNulOrALoneSurrogateIsRefusedNamingTheFieldAndWritesNothing() {
		String userId = newUser(new OddText(this.seed));
		List<Refusal> refusals = refusals(userId);
		forEachTry((odd, i) -> {
			Refusal refusal = refusals.get(i % refusals.size());
			String valid = odd.uniqueText("n", 64);
			int at = odd.nextInt(valid.length() + 1);
			while (at > 0 && at < valid.length() && Character.isLowSurrogate(valid.charAt(at))) {
				at--;
			}
			boolean nul = odd.nextBoolean();
			String unstorable = valid.substring(0, at) + (nul ? "\0" : "\uDC00") + valid.substring(at);
			Map<String, Integer> before = rowCounts();
			assertThatIllegalArgumentException().isThrownBy(() -> refusal.attempt().accept(unstorable))
				.withMessageStartingWith(refusal.field() + " must")
				.withMessageContaining(nul ? "NUL" : "lone surrogate")
				.withMessageNotContaining(unstorable);
			assertThat(rowCounts()).isEqualTo(before);
		});
	}

	/**
	 * One place where text reaches the Adapter, and the name its error must give.
	 */
	private record Refusal(String field, Consumer<String> attempt) {

	}

	private List<Refusal> refusals(String userId) {
		Adapter adapter = adapter();
		Instant soon = Instant.now().plusSeconds(3600);
		Function<String, AdapterAccount> account = (text) -> AdapterAccount.withoutTokens(userId, "oauth", "p", text);
		return List.of(new Refusal("name", (text) -> adapter.createUser(new AdapterUser(null, text, null, null, null))),
				new Refusal("email", (text) -> adapter.createUser(new AdapterUser(null, null, text, null, null))),
				new Refusal("image", (text) -> adapter.createUser(new AdapterUser(null, null, null, null, text))),
				new Refusal("name", (text) -> adapter.updateUser(UserUpdate.of(userId).withName(text))),
				new Refusal("email", (text) -> adapter.getUserByEmail(text)),
				new Refusal("provider", (text) -> adapter.getUserByAccount(text, "x")),
				new Refusal("providerAccountId", (text) -> adapter.linkAccount(account.apply(text))),
				new Refusal("type", (text) -> adapter.linkAccount(AdapterAccount.withoutTokens(userId, text, "p", "x"))),
				new Refusal("access_token", (text) -> adapter.linkAccount(new AdapterAccount(userId, "oauth", "p", "x",
						null, text, null, null, null, null, null))),
				new Refusal("refresh_token", (text) -> adapter.updateAccount(new AdapterAccount(userId, "oauth", "p",
						"x", text, null, null, null, null, null, null))),
				new Refusal("id_token", (text) -> adapter.linkAccount(new AdapterAccount(userId, "oidc", "p", "x",
						null, null, null, null, null, text, null))),
				new Refusal("token_type", (text) -> adapter.linkAccount(new AdapterAccount(userId, "oauth", "p", "x",
						null, null, null, text, null, null, null))),
				new Refusal("scope", (text) -> adapter.linkAccount(new AdapterAccount(userId, "oauth", "p", "x",
						null, null, null, null, text, null, null))),
				new Refusal("session_state", (text) -> adapter.linkAccount(new AdapterAccount(userId, "oidc", "p",
						"x", null, null, null, null, null, null, text))),
				new Refusal("sessionToken", (text) -> adapter.createSession(new AdapterSession(text, userId, soon))),
				new Refusal("sessionToken", (text) -> adapter.getSessionAndUser(text)),
				new Refusal("sessionToken", (text) -> adapter.updateSession(new SessionUpdate(text, soon))),
				new Refusal("identifier", (text) -> adapter.createVerificationToken(
						new VerificationToken(text, "token", soon))),
				new Refusal("token", (text) -> adapter.useVerificationToken("someone@example.com", text)),
				new Refusal("credentialID", (text) -> adapter.createAuthenticator(new AdapterAuthenticator(text,
						userId, "x", "key", 0, "singleDevice", false, null))),
				new Refusal("transports", (text) -> adapter.createAuthenticator(new AdapterAuthenticator("cred",
						userId, "x", "key", 0, "singleDevice", false, text))),
				new Refusal("role", (text) -> adapter.createUser(
						new AdapterUser(null, null, null, null, null, Map.of("role", text)))));
	}

	private void forEachTry(Try check) {
		for (int i = 0; i < this.tries; i++) {
			long trySeed = this.seed + i;
			try {
				check.run(new OddText(trySeed), i);
			}
			catch (AssertionError | RuntimeException ex) {
				throw new AssertionError("Failed on try " + i + " of " + this.tries + " on " + database()
						+ "; replay it with -Dauthadapter.seed=" + trySeed, ex);
			}
		}
	}

	/**
	 * One try of a property, with its random values and its number, which keeps unique values unique.
	 */
	@FunctionalInterface
	private interface Try {

		void run(OddText odd, int number);

	}

	private String newUser(OddText odd) {
		String id = adapter().createUser(new AdapterUser(null, odd.nullableText(64), null, null, null)).id();
		assertThat(id).isNotNull();
		return id;
	}

	/**
	 * An account with random text in every field, and an ID token of 64 KB if asked for.
	 */
	private static AdapterAccount account(OddText odd, String userId, String providerAccountId, boolean huge) {
		return new AdapterAccount(userId, odd.uniqueText("y", 255), odd.uniqueText("p", 255), providerAccountId,
				odd.nullableText(4096), odd.nullableText(4096), odd.nullableSeconds(), odd.nullableText(255),
				odd.nullableText(1024), huge ? odd.longText(64 * 1024) : odd.nullableText(4096),
				odd.nullableText(1024));
	}

	/**
	 * A name or image: mostly short, one in ten 16,000 UTF-16 units, which still fits a MariaDB TEXT column.
	 */
	private static @Nullable String longOrShort(OddText odd) {
		return (odd.nextInt(10) == 0) ? odd.longText(16_000) : odd.nullableText(255);
	}

	/**
	 * Any text as an email, as the Adapter takes it, unique by its prefix and within MariaDB's 255 characters.
	 */
	private static @Nullable String email(OddText odd, String prefix) {
		return (odd.nextInt(6) == 0) ? null : odd.uniqueText(prefix + "-", 255);
	}

	private static <T> @Nullable T value(@Nullable Optional<T> value) {
		return (value != null) ? value.orElse(null) : null;
	}

	/**
	 * Compares field by field, so that a difference names its field even where {@code toString()} hides tokens.
	 */
	private static void assertSame(Object actual, Object expected) {
		assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
	}

	private Map<String, Integer> rowCounts() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource());
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class));
		}
		return counts;
	}

	private Adapter adapter() {
		if (this.context == null) {
			throw new IllegalStateException("The adapter has not been started");
		}
		return this.context.getBean(Adapter.class);
	}

	private String database() {
		return getClass().getSimpleName();
	}

	/**
	 * The application under test: the starter on the test's data source.
	 */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class RoundTripApplication {

	}

}
