package io.github.authadapter.dialect;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import javax.sql.DataSource;

import io.github.authadapter.AccountAlreadyLinkedException;
import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.AdapterAuthenticator;
import io.github.authadapter.AdapterException;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.EmailAlreadyInUseException;
import io.github.authadapter.TokenAlreadyExistsException;
import io.github.authadapter.UserNotFoundException;
import io.github.authadapter.ValueTooLongException;
import io.github.authadapter.VerificationToken;
import io.github.authadapter.autoconfigure.AuthAdapterSchemaInitializer;
import io.github.authadapter.jpa.DatabaseDialect;
import io.github.authadapter.test.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import org.flywaydb.core.api.MigrationInfoService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A dialect on its real database: that it is the one chosen there, that its migrations created the tables, and that
 * the adapter recognises each violated constraint of the schema by its name, and no other constraint, however it is
 * named. A database is added with a thin subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractDatabaseDialectTests {

	private static final String UNKNOWN_USER = "987654321";

	/**
	 * How Hibernate's {@code SqlExceptionHelper} begins its log of a database error.
	 */
	private static final String HIBERNATE_ERROR_LINE = "HHH000247: ";

	private @Nullable ConfigurableApplicationContext context;

	private @Nullable Adapter adapter;

	/**
	 * The empty database the application starts on.
	 */
	protected abstract TestDatabase database();

	/**
	 * The name of the dialect that must be chosen, such as {@code PostgreSQL}.
	 */
	protected abstract String expectedDialect();

	/**
	 * The folder under {@code db/auth-adapter} whose migrations the dialect runs.
	 */
	protected abstract String expectedMigrationsFolder();

	/**
	 * Whether the migrations make the provider's column a bounded {@code VARCHAR}; PostgreSQL's is {@code text}.
	 */
	protected boolean boundsTheProvider() {
		return true;
	}

	/**
	 * The column that the database names when a value is too long for it, or null if its error names none.
	 */
	protected @Nullable String expectedTooLongColumn() {
		return null;
	}

	@BeforeAll
	void startApplication() {
		DataSource dataSource = database().dataSource();
		this.context = new SpringApplicationBuilder(DialectTestApplication.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "spring.jpa.open-in-view=false", "auth.adapter.cleanup.cron=-")
			.initializers((context) -> context.getBeanFactory().registerSingleton("dataSource", dataSource))
			.run();
		this.adapter = this.context.getBean(Adapter.class);
		// Constraints of the application's own, whose names hold the words that the schema's constraints have.
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("ALTER TABLE users ADD CONSTRAINT ck_users_email_fk CHECK (email <> 'refused@example.com')");
		jdbc.execute("ALTER TABLE accounts ADD CONSTRAINT ck_accounts_fk_provider_account CHECK (provider <> 'refused')");
	}

	@AfterAll
	void stopApplication() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void isChosenFromTheMetadataOfTheDatabase() {
		DatabaseDialect fromDataSource = DatabaseDialect.of(database().dataSource());
		assertThat(fromDataSource).hasToString(expectedDialect());
		assertThat(fromDataSource.migrationsLocation())
			.contains("classpath:db/auth-adapter/" + expectedMigrationsFolder());
		assertThat(DatabaseDialect.of(context().getBean(EntityManagerFactory.class))).hasToString(expectedDialect());
	}

	@Test
	void itsMigrationsCreatedTheTables() {
		MigrationInfoService migrations = context().getBean(AuthAdapterSchemaInitializer.class).info();
		assertThat(migrations.applied()).isNotEmpty();
		assertThat(migrations.pending()).isEmpty();
	}

	@Test
	void aDuplicateEmailIsRecognisedByItsConstraint() {
		String email = unique("twin") + "@example.com";
		adapter().createUser(AdapterUser.withEmail(email));
		assertThatExceptionOfType(EmailAlreadyInUseException.class)
			.isThrownBy(() -> adapter().createUser(AdapterUser.withEmail(email)));
	}

	@Test
	void aDuplicateAccountIsRecognisedByItsConstraint() {
		AdapterAccount account = AdapterAccount.withoutTokens(newUser().id(), "oauth", "github", unique("gh"));
		adapter().linkAccount(account);
		AdapterAccount again = AdapterAccount.withoutTokens(newUser().id(), "oauth", "github",
				account.providerAccountId());
		assertThatExceptionOfType(AccountAlreadyLinkedException.class).isThrownBy(() -> adapter().linkAccount(again));
	}

	@Test
	void aDuplicateSessionTokenIsRecognisedByItsConstraint() {
		String token = unique("session");
		adapter().createSession(new AdapterSession(token, newUser().id(), inDays(30)));
		assertThatExceptionOfType(TokenAlreadyExistsException.class)
			.isThrownBy(() -> adapter().createSession(new AdapterSession(token, newUser().id(), inDays(30))))
			.withMessageNotContaining(token);
	}

	@Test
	void aDuplicateVerificationTokenIsRecognisedByItsKey() {
		VerificationToken token = new VerificationToken("link@example.com", unique("link"), inDays(1));
		adapter().createVerificationToken(token);
		assertThatExceptionOfType(TokenAlreadyExistsException.class)
			.isThrownBy(() -> adapter().createVerificationToken(token))
			.withMessageNotContaining(token.token());
	}

	@Test
	void aMissingUserIsRecognisedByEachForeignKey() {
		assertThatExceptionOfType(UserNotFoundException.class).isThrownBy(() -> adapter()
			.linkAccount(AdapterAccount.withoutTokens(UNKNOWN_USER, "oauth", "github", unique("orphan"))));
		assertThatExceptionOfType(UserNotFoundException.class)
			.isThrownBy(() -> adapter().createSession(new AdapterSession(unique("orphan"), UNKNOWN_USER, inDays(1))));
		assertThatExceptionOfType(UserNotFoundException.class).isThrownBy(() -> adapter()
			.createAuthenticator(new AdapterAuthenticator(unique("orphan"), UNKNOWN_USER, "account", "key", 0,
					"singleDevice", false, null)));
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theViolationsThatTheAdapterTranslatesLogNothingAndAnotherIsLoggedAsBefore(CapturedOutput output) {
		int start = output.length();
		String email = unique("quiet") + "@example.com";
		String userId = adapter().createUser(AdapterUser.withEmail(email)).id();
		assertThat(catchThrowable(() -> adapter().createUser(AdapterUser.withEmail(email))))
			.isInstanceOf(EmailAlreadyInUseException.class);
		AdapterAccount account = AdapterAccount.withoutTokens(userId, "oauth", "github", unique("quiet"));
		adapter().linkAccount(account);
		assertThat(catchThrowable(() -> adapter().linkAccount(account)))
			.isInstanceOf(AccountAlreadyLinkedException.class);
		AdapterSession session = new AdapterSession(unique("quiet"), userId, inDays(1));
		adapter().createSession(session);
		assertThat(catchThrowable(() -> adapter().createSession(session)))
			.isInstanceOf(TokenAlreadyExistsException.class);
		VerificationToken token = new VerificationToken(email, unique("quiet"), inDays(1));
		adapter().createVerificationToken(token);
		assertThat(catchThrowable(() -> adapter().createVerificationToken(token)))
			.isInstanceOf(TokenAlreadyExistsException.class);
		assertThat(catchThrowable(() -> adapter()
			.createSession(new AdapterSession(unique("quiet"), UNKNOWN_USER, inDays(1)))))
			.isInstanceOf(UserNotFoundException.class);
		String expected = output.toString().substring(start);
		assertThat(expected).doesNotContain(HIBERNATE_ERROR_LINE)
			.doesNotContain(session.sessionToken())
			.doesNotContain(email);

		int unexpected = output.length();
		assertThat(catchThrowable(() -> adapter().createUser(AdapterUser.withEmail("refused@example.com"))))
			.isNotInstanceOf(AdapterException.class);
		assertThat(output.toString().substring(unexpected)).contains(HIBERNATE_ERROR_LINE + "ErrorCode: ")
			.contains("SQLState: 23");
	}

	@Test
	void aValueTooLongNamesItsColumnWhereTheDatabaseDoes() {
		assumeTrue(boundsTheProvider(), "The provider's column is not bounded here");
		AdapterAccount account = AdapterAccount.withoutTokens(newUser().id(), "oauth", "p".repeat(300), unique("long"));
		assertThatExceptionOfType(ValueTooLongException.class).isThrownBy(() -> adapter().linkAccount(account))
			.satisfies((ex) -> assertThat(ex.getColumn()).isEqualTo(expectedTooLongColumn()));
	}

	@Test
	void anotherConstraintIsPassedOnWhateverWordsItsNameHas() {
		Throwable email = catchThrowable(() -> adapter().createUser(AdapterUser.withEmail("refused@example.com")));
		assertThat(email).isInstanceOf(PersistenceException.class).isNotInstanceOf(AdapterException.class);
		AdapterAccount account = AdapterAccount.withoutTokens(newUser().id(), "oauth", "refused", unique("refused"));
		Throwable link = catchThrowable(() -> adapter().linkAccount(account));
		assertThat(link).isInstanceOf(PersistenceException.class).isNotInstanceOf(AdapterException.class);
	}

	private AdapterUser newUser() {
		return adapter().createUser(AdapterUser.withEmail(unique("user") + "@example.com"));
	}

	private Adapter adapter() {
		if (this.adapter == null) {
			throw new IllegalStateException("The application has not been started");
		}
		return this.adapter;
	}

	private ConfigurableApplicationContext context() {
		if (this.context == null) {
			throw new IllegalStateException("The application has not been started");
		}
		return this.context;
	}

	private static Instant inDays(int days) {
		return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID();
	}

}
