package io.github.authadapter.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign in with Apple's client secret, made from the properties of a key as Apple's developer site gives it: an ES256
 * JWT that verifies against the key's public half, with Apple's claims, made anew before it expires; and a clear
 * startup error, naming the property, for each way the properties can be wrong.
 */
class AppleClientSecretTests {

	private static final String PREFIX = "auth.adapter.oauth.registration.apple.client-secret.";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(AuthAdapterOAuthClientAutoConfiguration.class))
		.withBean(AuthAdapterClock.class, () -> new AuthAdapterClock(this.clock))
		.withPropertyValues("spring.security.oauth2.client.registration.apple.client-id=com.example.web");

	private final KeyPair key = keyPair("secp256r1");

	@Test
	void theSecretIsAnEs256JwtOfApplesClaimsThatVerifiesAgainstThePublicKey() {
		this.contextRunner.withPropertyValues(keyProperties(pem(this.key))).run((context) -> {
			ClientRegistration apple = apple(context);
			SignedJWT secret = SignedJWT.parse(apple.getClientSecret());

			assertThat(secret.verify(new ECDSAVerifier((ECPublicKey) this.key.getPublic()))).isTrue();
			assertThat(secret.verify(new ECDSAVerifier((ECPublicKey) keyPair("secp256r1").getPublic()))).isFalse();
			assertThat(secret.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
			assertThat(secret.getHeader().getKeyID()).isEqualTo("ABC123DEFG");
			assertThat(secret.getJWTClaimsSet().getIssuer()).isEqualTo("TEAM123456");
			assertThat(secret.getJWTClaimsSet().getSubject()).isEqualTo("com.example.web");
			assertThat(secret.getJWTClaimsSet().getAudience()).containsExactly("https://appleid.apple.com");
			assertThat(secret.getJWTClaimsSet().getIssueTime().toInstant()).isEqualTo(this.clock.instant());
			assertThat(secret.getJWTClaimsSet().getExpirationTime().toInstant())
				.isEqualTo(this.clock.instant().plus(Duration.ofHours(1)));
		});
	}

	@Test
	void theSecretIsMadeAnewOnceHalfItsLifetimeHasPassed() {
		this.contextRunner.withPropertyValues(keyProperties(pem(this.key)))
			.withPropertyValues(PREFIX + "lifetime=180d")
			.run((context) -> {
				String first = apple(context).getClientSecret();
				this.clock.advance(Duration.ofDays(89));
				assertThat(apple(context).getClientSecret()).isSameAs(first);
				assertThat(apple(context)).isSameAs(apple(context));

				this.clock.advance(Duration.ofDays(2));
				String second = apple(context).getClientSecret();

				assertThat(second).isNotEqualTo(first);
				SignedJWT renewed = SignedJWT.parse(second);
				assertThat(renewed.getJWTClaimsSet().getIssueTime().toInstant()).isEqualTo(this.clock.instant());
				assertThat(renewed.getJWTClaimsSet().getExpirationTime().toInstant())
					.isEqualTo(this.clock.instant().plus(Duration.ofDays(180)));
				assertThat(renewed.verify(new ECDSAVerifier((ECPublicKey) this.key.getPublic()))).isTrue();
			});
	}

	@Test
	void theKeyMayBeAFile(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("AuthKey_ABC123DEFG.p8");
		Files.writeString(file, pem(this.key));
		this.contextRunner
			.withPropertyValues(PREFIX + "team-id=TEAM123456", PREFIX + "key-id=ABC123DEFG",
					PREFIX + "private-key-location=file:" + file)
			.run((context) -> assertThat(
					SignedJWT.parse(apple(context).getClientSecret())
						.verify(new ECDSAVerifier((ECPublicKey) this.key.getPublic())))
				.isTrue());
	}

	@Test
	void aFixedSecretIsUsedAsItIs() {
		this.contextRunner.withPropertyValues("spring.security.oauth2.client.registration.apple.client-secret=eyJ.fixed")
			.run((context) -> assertThat(apple(context).getClientSecret()).isEqualTo("eyJ.fixed"));
	}

	@Test
	void aKeyThatIsNotPemFailsNamingTheProperty() {
		String notAKey = "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbA==\n-----END PRIVATE KEY-----";
		assertStartupFails(keyProperties(notAKey), PREFIX + "private-key", "not an elliptic-curve PKCS #8 key",
				"bm90IGEga2V5IGF0IGFsbA");
		assertStartupFails(keyProperties("just-some-text"), PREFIX + "private-key", "not PEM-encoded PKCS #8",
				"just-some-text");
	}

	@Test
	void aKeyOnAnotherCurveFailsNamingTheProperty() {
		String p384 = pem(keyPair("secp384r1"));
		assertStartupFails(keyProperties(p384), PREFIX + "private-key", "P-256", p384.lines().skip(1).findFirst().get());
	}

	@Test
	void missingOrConflictingPropertiesFailNamingTheProperty(@TempDir Path directory) {
		String pem = pem(this.key);
		assertStartupFails(new String[] { PREFIX + "key-id=ABC123DEFG", PREFIX + "private-key=" + pem },
				PREFIX + "team-id", "missing", null);
		assertStartupFails(new String[] { PREFIX + "team-id=TEAM123456", PREFIX + "private-key=" + pem },
				PREFIX + "key-id", "missing", null);
		assertStartupFails(new String[] { PREFIX + "team-id=TEAM123456", PREFIX + "key-id=ABC123DEFG" },
				PREFIX + "private-key", "missing", null);
		assertStartupFails(new String[] { PREFIX + "team-id=TEAM123456", PREFIX + "key-id=ABC123DEFG",
				PREFIX + "private-key-location=file:" + directory.resolve("absent.p8") }, PREFIX + "private-key-location",
				"cannot be read", null);
		assertStartupFails(new String[] { PREFIX + "team-id=TEAM123456", PREFIX + "key-id=ABC123DEFG",
				PREFIX + "private-key=" + pem, PREFIX + "lifetime=200d" }, PREFIX + "lifetime", "15777000 seconds",
				null);
		assertStartupFails(new String[] { PREFIX + "team-id=TEAM123456", PREFIX + "key-id=ABC123DEFG",
				PREFIX + "private-key=" + pem, "spring.security.oauth2.client.registration.apple.client-secret=x" },
				"auth.adapter.oauth.registration.apple.client-secret", "client-secret is set too", null);
		// An Apple registration with no secret at all.
		assertStartupFails(new String[0], PREFIX + "team-id", "has no client secret", null);
	}

	@Test
	void aKeyForARegistrationThatIsNotApplesFails() {
		this.contextRunner
			.withPropertyValues("spring.security.oauth2.client.registration.apple.client-secret=x",
					"spring.security.oauth2.client.registration.gitlab.client-id=id",
					"auth.adapter.oauth.registration.gitlab.client-secret.team-id=TEAM123456")
			.run((context) -> assertThat(failure(context).getProperty())
				.isEqualTo("auth.adapter.oauth.registration.gitlab.client-secret"));
		this.contextRunner
			.withPropertyValues("spring.security.oauth2.client.registration.apple.client-secret=x",
					"auth.adapter.oauth.registration.appel.client-secret.team-id=TEAM123456")
			.run((context) -> assertThat(failure(context).getMessage()).contains("no registration 'appel'"));
	}

	private void assertStartupFails(String[] properties, String property, String reason, String secretPart) {
		this.contextRunner.withPropertyValues(properties).run((context) -> {
			InvalidAppleClientSecretException failure = failure(context);
			assertThat(failure.getProperty()).isEqualTo(property);
			assertThat(failure.getMessage()).startsWith(property + ": ").contains(reason);
			FailureAnalysis analysis = new InvalidAppleClientSecretFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains(property);
			assertThat(analysis.getAction()).contains("AuthKey_<key id>.p8");
			if (secretPart != null) {
				assertThat(analysis.getDescription()).doesNotContain(secretPart);
			}
		});
	}

	private static InvalidAppleClientSecretException failure(AssertableWebApplicationContext context) {
		assertThat(context).hasFailed();
		Throwable cause = context.getStartupFailure();
		while (cause != null && !(cause instanceof InvalidAppleClientSecretException)) {
			cause = cause.getCause();
		}
		assertThat(cause).as("cause of %s", context.getStartupFailure()).isNotNull();
		return (InvalidAppleClientSecretException) cause;
	}

	private static ClientRegistration apple(AssertableWebApplicationContext context) {
		return context.getBean(ClientRegistrationRepository.class).findByRegistrationId("apple");
	}

	private static String[] keyProperties(String pem) {
		return new String[] { PREFIX + "team-id=TEAM123456", PREFIX + "key-id=ABC123DEFG", PREFIX + "private-key=" + pem };
	}

	/**
	 * The private key as Apple's .p8 file has it.
	 */
	private static String pem(KeyPair keys) {
		return "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
	}

	private static KeyPair keyPair(String curve) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec(curve));
			return generator.generateKeyPair();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
