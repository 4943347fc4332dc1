package io.github.authadapter.autoconfigure;

import java.util.Base64;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.encryption.AesGcmTokenCipher;
import io.github.authadapter.encryption.InvalidEncryptionKeyException;
import io.github.authadapter.encryption.TokenCipher;
import io.github.authadapter.jpa.AccountTokenReencryption;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the encryption of OAuth tokens that {@link AuthAdapterAutoConfiguration} configures.
 */
class AuthAdapterEncryptionAutoConfigurationTests {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, FlywayAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
				AuthAdapterAutoConfiguration.class))
		.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "spring.flyway.enabled=false");

	@Test
	void storesTokensAsPlaintextByDefault() {
		this.contextRunner.run((context) -> {
			assertThat(context).getBean(TokenCipher.class).isSameAs(TokenCipher.PLAINTEXT);
			assertThat(storedAccessToken(context.getBean(Adapter.class), context.getBean(JdbcTemplate.class)))
				.isEqualTo("access-token-1");
		});
	}

	@Test
	void providesTheReencryptionOfTheAdaptersAccountsWithItsCipher() {
		this.contextRunner.withPropertyValues("auth.adapter.encryption.key=" + KEY).run((context) -> {
			Adapter adapter = context.getBean(Adapter.class);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			String stored = storedAccessToken(adapter, jdbc);
			jdbc.update("UPDATE accounts SET access_token = 'plain-access-token'");

			assertThat(context.getBean(AccountTokenReencryption.class).reencryptAll())
				.isEqualTo(new AccountTokenReencryption.Result(1, 0));
			assertThat(jdbc.queryForObject("SELECT access_token FROM accounts", String.class)).startsWith("enc:v2:1:")
				.isNotEqualTo(stored);
		});
	}

	@Test
	void encryptsTokensWithTheConfiguredKeyAndReadsThemBack() {
		this.contextRunner.withPropertyValues("auth.adapter.encryption.key=" + KEY).run((context) -> {
			assertThat(context).getBean(TokenCipher.class)
				.isInstanceOf(AesGcmTokenCipher.class)
				.extracting((cipher) -> ((AesGcmTokenCipher) cipher).currentKeyId())
				.isEqualTo(AuthAdapterEncryptionProperties.DEFAULT_KEY_ID);
			Adapter adapter = context.getBean(Adapter.class);
			assertThat(storedAccessToken(adapter, context.getBean(JdbcTemplate.class))).startsWith("enc:v2:1:")
				.doesNotContain("access-token-1");
			assertThat(adapter.getAccount("idp", "alice")).map(AdapterAccount::access_token).contains("access-token-1");
		});
	}

	@Test
	void bindsTheKeyIdAndThePreviousKeys() {
		this.contextRunner
			.withPropertyValues("auth.adapter.encryption.key=" + KEY, "auth.adapter.encryption.key-id=k2",
					"auth.adapter.encryption.previous-keys.k1=" + Base64.getEncoder().encodeToString(new byte[32]))
			.run((context) -> assertThat(context).getBean(TokenCipher.class)
				.hasToString("AesGcmTokenCipher[currentKeyId=k2, keyIds=[k2, k1], acceptLegacyValues=true]"));
	}

	@Test
	void refusesAKeyOfTheWrongLengthAtStartupWithAnActionableMessage() {
		this.contextRunner
			.withPropertyValues("auth.adapter.encryption.key=" + Base64.getEncoder().encodeToString(new byte[16]))
			.run((context) -> {
				assertThat(context).hasFailed()
					.getFailure()
					.rootCause()
					.isInstanceOf(InvalidEncryptionKeyException.class)
					.hasMessage("The key with id '1' is 16 bytes long, but AES-256 needs 32 bytes");
				FailureAnalysis analysis = new InvalidEncryptionKeyFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("16 bytes long");
				assertThat(analysis.getAction()).contains("openssl rand -base64 32",
						"auth.adapter.encryption.previous-keys.<its id>");
			});
	}

	@Test
	void refusesABadPreviousKeyOrKeyIdAtStartupNamingIt() {
		this.contextRunner
			.withPropertyValues("auth.adapter.encryption.key=" + KEY, "auth.adapter.encryption.previous-keys.old=abc")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("'old'")
				.hasMessageNotContaining("abc"));
		this.contextRunner
			.withPropertyValues("auth.adapter.encryption.key=" + KEY, "auth.adapter.encryption.key-id=My Key")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("'My Key' is not valid"));
		this.contextRunner.withPropertyValues("auth.adapter.encryption.previous-keys.old=" + KEY)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("auth.adapter.encryption.key is not"));
	}

	@Test
	void backsOffWhenTheApplicationDefinesATokenCipher() {
		this.contextRunner.withUserConfiguration(OwnCipherConfiguration.class)
			.withPropertyValues("auth.adapter.encryption.key=" + KEY)
			.run((context) -> {
				assertThat(context).getBean(TokenCipher.class).isSameAs(OwnCipherConfiguration.REVERSING);
				assertThat(storedAccessToken(context.getBean(Adapter.class), context.getBean(JdbcTemplate.class)))
					.isEqualTo("1-nekot-ssecca");
			});
	}

	private static String storedAccessToken(Adapter adapter, JdbcTemplate jdbc) {
		AdapterUser user = adapter.createUser(AdapterUser.withEmail("alice@example.com"));
		adapter.linkAccount(new AdapterAccount(user.id(), "oidc", "idp", "alice", null, "access-token-1", null, null,
				null, null, null));
		return jdbc.queryForObject("SELECT access_token FROM accounts", String.class);
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnCipherConfiguration {

		static final TokenCipher REVERSING = new TokenCipher() {

			@Override
			public String encrypt(String token) {
				return new StringBuilder(token).reverse().toString();
			}

			@Override
			public String decrypt(String stored) {
				return new StringBuilder(stored).reverse().toString();
			}

		};

		@Bean
		TokenCipher reversingTokenCipher() {
			return REVERSING;
		}

	}

}
