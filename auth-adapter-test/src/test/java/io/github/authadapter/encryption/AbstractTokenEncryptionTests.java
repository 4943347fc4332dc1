package io.github.authadapter.encryption;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.jpa.AccountTokenReencryption;
import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
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

/**
 * Encryption at rest of the OAuth tokens of accounts, checked with raw SQL on a real database, through key rotation.
 * Each configuration is an application of its own on the same database, as after a restart with new properties.
 * Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractTokenEncryptionTests {

	private static final String KEY_A = randomKey();

	private static final String KEY_B = randomKey();

	private final Map<List<String>, ConfigurableApplicationContext> applications = new HashMap<>();

	/**
	 * The database of the applications, registered by the subclass as an extension.
	 */
	protected abstract TestDatabase database();

	@AfterAll
	void stopApplications() {
		this.applications.values().forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void theColumnsHoldNoPlaintextAndTheAdapterReturnsTheTokens() {
		Adapter adapter = start("auth.adapter.encryption.key-id=a", "auth.adapter.encryption.key=" + KEY_A);
		AdapterAccount account = account(adapter, "enc-plain", "1");
		// Longer than a MySQL TEXT column once encrypted and in base64: the columns must be unbounded.
		AdapterAccount longIdToken = new AdapterAccount(account.userId(), "oidc", "enc-plain", "long", null, null,
				null, null, null, "h." + "x".repeat(60 * 1024) + ".s", null);

		assertThat(adapter.linkAccount(account)).isEqualTo(account);
		assertThat(adapter.linkAccount(longIdToken)).isEqualTo(longIdToken);

		assertStoredUnder("a", account);
		assertStoredUnder("a", longIdToken);
		assertThat(adapter.getAccount("enc-plain", "1")).contains(account);
		assertThat(adapter.getAccount("enc-plain", "long")).contains(longIdToken);
		assertThat(adapter.listAccountsByUserId(account.userId())).containsExactly(account, longIdToken);
		AdapterAccount refreshed = withTokens(account, "2");
		assertThat(adapter.updateAccount(refreshed)).contains(refreshed);
		assertStoredUnder("a", refreshed);
		assertThat(adapter.getAccount("enc-plain", "1")).contains(refreshed);
	}

	@Test
	void afterRotationOldValuesAreReadAndNewWritesUseTheNewKey() {
		Adapter underA = start("auth.adapter.encryption.key-id=a", "auth.adapter.encryption.key=" + KEY_A);
		AdapterAccount old = underA.linkAccount(account(underA, "enc-rotation", "1"));
		AdapterAccount untouched = underA.linkAccount(account(underA, "enc-rotation", "2"));
		assertStoredUnder("a", old);

		Adapter underB = start("auth.adapter.encryption.key-id=b", "auth.adapter.encryption.key=" + KEY_B,
				"auth.adapter.encryption.previous-keys.a=" + KEY_A);

		assertThat(underB.getAccount("enc-rotation", "1")).contains(old);
		AdapterAccount created = underB.linkAccount(account(underB, "enc-rotation", "3"));
		assertStoredUnder("b", created);
		AdapterAccount refreshed = withTokens(old, "refreshed");
		underB.updateAccount(refreshed);
		assertStoredUnder("b", refreshed);
		assertStoredUnder("a", untouched);
		assertThat(underB.listAccountsByUserId(old.userId())).contains(refreshed);
		assertThat(underB.getAccount("enc-rotation", "2")).contains(untouched);
	}

	@Test
	void plaintextValuesFromBeforeEncryptionWasTurnedOnAreRead() {
		Adapter plaintext = start();
		AdapterAccount stored = plaintext.linkAccount(account(plaintext, "enc-before", "1"));
		assertThat(storedTokens(stored)).containsExactly(stored.refresh_token(), stored.access_token(),
				stored.id_token());

		Adapter encrypting = start("auth.adapter.encryption.key-id=a", "auth.adapter.encryption.key=" + KEY_A);

		assertThat(encrypting.getAccount("enc-before", "1")).contains(stored);
	}

	@Test
	void aValueUnderAnUnknownKeyIdFailsNamingTheKeyIdAndTheAccountButNoToken() {
		Adapter underA = start("auth.adapter.encryption.key-id=a", "auth.adapter.encryption.key=" + KEY_A);
		AdapterAccount stored = underA.linkAccount(account(underA, "enc-unknown", "1"));
		Adapter withoutA = start("auth.adapter.encryption.key-id=b", "auth.adapter.encryption.key=" + KEY_B);
		Adapter plaintext = start();

		for (Adapter adapter : List.of(withoutA, plaintext)) {
			assertThatExceptionOfType(TokenDecryptionException.class)
				.isThrownBy(() -> adapter.getAccount("enc-unknown", "1"))
				.withMessageStartingWith("refresh_token of account (enc-unknown, 1) under key id 'a'")
				.satisfies((ex) -> assertThat(storedTokens(stored))
					.noneMatch((value) -> ex.getMessage().contains(value.substring(9))))
				.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(stored.refresh_token(),
						stored.access_token(), stored.id_token()));
		}
	}

	@Test
	void aCiphertextCopiedToAnotherAccountOrColumnDoesNotDecrypt() {
		Adapter adapter = start("auth.adapter.encryption.key-id=a", "auth.adapter.encryption.key=" + KEY_A);
		AdapterAccount source = adapter.linkAccount(account(adapter, "enc-moved", "1"));
		AdapterAccount target = adapter.linkAccount(account(adapter, "enc-moved", "2"));
		AdapterAccount column = adapter.linkAccount(account(adapter, "enc-moved", "3"));
		String ciphertext = (String) row(source).get("access_token");

		update(target, "access_token", ciphertext);
		update(column, "refresh_token", (String) row(column).get("access_token"));

		assertThatExceptionOfType(TokenDecryptionException.class)
			.isThrownBy(() -> adapter.getAccount("enc-moved", "2"))
			.withMessageStartingWith("access_token of account (enc-moved, 2) under key id 'a' cannot be decrypted")
			.withMessageContaining("copied from another account or column");
		assertThatExceptionOfType(TokenDecryptionException.class)
			.isThrownBy(() -> adapter.getAccount("enc-moved", "3"))
			.withMessageStartingWith("refresh_token of account (enc-moved, 3)");
		assertThat(adapter.getAccount("enc-moved", "1")).contains(source);
	}

	@Test
	void aV1ValueIsReadAndBecomesV2WhenTheAccountIsNextWritten() {
		Adapter adapter = start("auth.adapter.encryption.key-id=a", "auth.adapter.encryption.key=" + KEY_A);
		AdapterAccount stored = adapter.linkAccount(account(adapter, "enc-v1", "1"));
		storeAsV1(stored);
		assertThat(storedTokens(stored)).allMatch((value) -> value.startsWith("enc:v1:a:"));

		assertThat(adapter.getAccount("enc-v1", "1")).contains(stored);
		AdapterAccount refreshed = withTokens(stored, "refreshed");
		adapter.updateAccount(refreshed);

		assertStoredUnder("a", refreshed);
		assertThat(adapter.getAccount("enc-v1", "1")).contains(refreshed);
	}

	@Test
	void theReencryptionRewritesEveryAccountUnderTheCurrentKeyAndLeavesAnUnreadableOneAsItIs(CapturedOutput output) {
		Adapter plaintext = start();
		AdapterAccount legacy = plaintext.linkAccount(account(plaintext, "enc-upgrade", "plain"));
		Adapter underA = start("auth.adapter.encryption.key-id=a", "auth.adapter.encryption.key=" + KEY_A);
		List<AdapterAccount> accounts = new ArrayList<>(List.of(legacy));
		for (int i = 0; i < 5; i++) {
			accounts.add(underA.linkAccount(account(underA, "enc-upgrade", "a" + i)));
		}
		storeAsV1(accounts.get(1));
		storeAsV1(accounts.get(2));
		AdapterAccount tampered = underA.linkAccount(account(underA, "enc-upgrade", "tampered"));
		update(tampered, "id_token", tamper((String) row(tampered).get("id_token")));
		Map<String, Object> tamperedRow = row(tampered);
		ConfigurableApplicationContext underB = application("auth.adapter.encryption.key-id=b",
				"auth.adapter.encryption.key=" + KEY_B, "auth.adapter.encryption.previous-keys.a=" + KEY_A);

		AccountTokenReencryption.Result result = underB.getBean(AccountTokenReencryption.class).reencryptAll(2);

		// Other tests' accounts share the database, some of them tampered with.
		assertThat(result.rewritten()).isGreaterThanOrEqualTo(accounts.size());
		assertThat(result.failed()).isPositive();
		for (AdapterAccount account : accounts) {
			assertStoredUnder("b", account);
			assertThat(underB.getBean(Adapter.class).getAccount("enc-upgrade", account.providerAccountId()))
				.contains(account);
		}
		assertThat(row(tampered)).isEqualTo(tamperedRow);
		assertThat(output.getAll().lines().filter((line) -> line.contains("(enc-upgrade, tampered)")))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("WARN", "Left as it is: id_token of account", "key id 'a'"));
		assertThat(underB.getBean(AccountTokenReencryption.class).reencryptAll())
			.isEqualTo(new AccountTokenReencryption.Result(0, result.failed()));
	}

	@Test
	void refusingLegacyValuesRefusesV1AndPlaintextButReadsV2() {
		Adapter plaintext = start();
		AdapterAccount legacy = plaintext.linkAccount(account(plaintext, "enc-strict", "plain"));
		Adapter underA = start("auth.adapter.encryption.key-id=a", "auth.adapter.encryption.key=" + KEY_A);
		AdapterAccount v1 = underA.linkAccount(account(underA, "enc-strict", "v1"));
		storeAsV1(v1);
		AdapterAccount v2 = underA.linkAccount(account(underA, "enc-strict", "v2"));
		Adapter strict = start("auth.adapter.encryption.key-id=a", "auth.adapter.encryption.key=" + KEY_A,
				"auth.adapter.encryption.accept-legacy-values=false");

		assertThat(strict.getAccount("enc-strict", "v2")).contains(v2);
		assertThatExceptionOfType(TokenDecryptionException.class)
			.isThrownBy(() -> strict.getAccount("enc-strict", "v1"))
			.withMessage("refresh_token of account (enc-strict, v1) under key id 'a' is refused: it is in the format"
					+ " enc:v1:, bound to no account, and auth.adapter.encryption.accept-legacy-values is false");
		assertThatExceptionOfType(TokenDecryptionException.class)
			.isThrownBy(() -> strict.getAccount("enc-strict", "plain"))
			.withMessage("refresh_token of account (enc-strict, plain) is refused: it is not encrypted, and"
					+ " auth.adapter.encryption.accept-legacy-values is false");
		assertThat(underA.getAccount("enc-strict", "plain")).contains(legacy);
	}

	@Test
	void theAccountsOfAUserListWithoutTheTokensThatCannotBeDecryptedAndChangeNothing(CapturedOutput output) {
		Adapter adapter = start("auth.adapter.encryption.key-id=a", "auth.adapter.encryption.key=" + KEY_A);
		AdapterAccount good = adapter.linkAccount(account(adapter, "enc-list", "good"));
		AdapterAccount tampered = adapter.linkAccount(new AdapterAccount(good.userId(), "oidc", "enc-list", "tampered",
				"refresh-t", "access-t", null, "bearer", null, "id-t", null));
		AdapterAccount unknownKey = adapter.linkAccount(new AdapterAccount(good.userId(), "oidc", "enc-list",
				"unknown-key", "refresh-u", "access-u", null, "bearer", null, null, null));
		String tamperedValue = tamper((String) row(tampered).get("access_token"));
		update(tampered, "access_token", tamperedValue);
		String unknownKeyValue = ((String) row(unknownKey).get("refresh_token")).replace("enc:v2:a:", "enc:v2:gone:");
		update(unknownKey, "refresh_token", unknownKeyValue);
		List<Map<String, Object>> before = List.of(row(good), row(tampered), row(unknownKey));
		int logged = output.getAll().length();

		List<AdapterAccount> listed = adapter.listAccountsByUserId(good.userId());

		assertThat(listed).containsExactly(good,
				new AdapterAccount(good.userId(), "oidc", "enc-list", "tampered", "refresh-t", null, null, "bearer",
						null, "id-t", null),
				new AdapterAccount(good.userId(), "oidc", "enc-list", "unknown-key", null, "access-u", null, "bearer",
						null, null, null));
		List<String> warnings = output.getAll().substring(logged).lines().toList();
		assertThat(warnings).hasSize(2);
		assertThat(warnings.get(0)).contains("WARN", "access_token of account (enc-list, tampered) under key id 'a'")
			.doesNotContain(tamperedValue.substring(12, 40));
		assertThat(warnings.get(1)).contains("WARN", "refresh_token of account (enc-list, unknown-key) under key id"
				+ " 'gone'").doesNotContain(unknownKeyValue.substring(15, 40));
		assertThat(List.of(row(good), row(tampered), row(unknownKey))).isEqualTo(before);
		assertThatExceptionOfType(TokenDecryptionException.class)
			.isThrownBy(() -> adapter.getAccount("enc-list", "tampered"));
	}

	/**
	 * The adapter of an application with the given properties, started once for all the tests that need it.
	 */
	private Adapter start(String... properties) {
		return application(properties).getBean(Adapter.class);
	}

	private ConfigurableApplicationContext application(String... properties) {
		return this.applications.computeIfAbsent(List.of(properties), (key) -> run(properties));
	}

	private ConfigurableApplicationContext run(String... properties) {
		TestDatabase database = database();
		return new SpringApplicationBuilder(TokenEncryptionApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + database.jdbcUrl(),
					"spring.datasource.username=" + database.username(),
					"spring.datasource.password=" + database.password(), "spring.jpa.hibernate.ddl-auto=validate",
					"spring.main.banner-mode=off", "logging.level.root=warn", "auth.adapter.cleanup.cron=-")
			.properties(properties)
			.run();
	}

	private static AdapterAccount account(Adapter adapter, String provider, String providerAccountId) {
		AdapterUser user = adapter.createUser(AdapterUser.withEmail(provider + "-" + providerAccountId + "@example.com"));
		return withTokens(new AdapterAccount(user.id(), "oidc", provider, providerAccountId, null, null, 1_900_000_000L,
				"bearer", "openid email", null, "state-1"), provider + "-" + providerAccountId);
	}

	private static AdapterAccount withTokens(AdapterAccount account, String version) {
		return new AdapterAccount(account.userId(), account.type(), account.provider(), account.providerAccountId(),
				"refresh-token-" + version, "access-token-" + version, account.expires_at(), account.token_type(),
				account.scope(), "eyJhbGciOi.id-token-" + version + ".c2ln", account.session_state());
	}

	private void assertStoredUnder(String keyId, AdapterAccount account) {
		List<String> tokens = new ArrayList<>();
		for (String token : new String[] { account.refresh_token(), account.access_token(), account.id_token() }) {
			if (token != null) {
				tokens.add(token);
			}
		}
		List<String> stored = storedTokens(account);
		assertThat(stored).hasSize(tokens.size()).allMatch((value) -> value.startsWith("enc:v2:" + keyId + ":"));
		for (String token : tokens) {
			assertThat(stored).noneMatch((value) -> value.contains(token));
		}
		// The other fields stay readable by other clients.
		Map<String, Object> row = row(account);
		assertThat(row.get("token_type")).isEqualTo(account.token_type());
		assertThat(row.get("scope")).isEqualTo(account.scope());
	}

	/**
	 * The stored refresh, access and ID tokens of an account, without the empty ones.
	 */
	private List<String> storedTokens(AdapterAccount account) {
		Map<String, Object> row = row(account);
		List<String> stored = new ArrayList<>();
		for (String column : new String[] { "refresh_token", "access_token", "id_token" }) {
			if (row.get(column) != null) {
				stored.add((String) row.get(column));
			}
		}
		return stored;
	}

	private Map<String, Object> row(AdapterAccount account) {
		String quote = database().jdbcUrl().startsWith("jdbc:mariadb") ? "`" : "\"";
		// By position: a row as a map lower-cases H2's ID_TOKEN in the default locale, "ıd_token" in Turkish.
		return new JdbcTemplate(database().dataSource()).queryForObject(
				"SELECT refresh_token, access_token, id_token, token_type, scope FROM accounts WHERE provider = ? AND "
						+ quote + "providerAccountId" + quote + " = ?",
				(rs, rowNumber) -> {
					Map<String, Object> row = new HashMap<>();
					String[] columns = { "refresh_token", "access_token", "id_token", "token_type", "scope" };
					for (int i = 0; i < columns.length; i++) {
						row.put(columns[i], rs.getString(i + 1));
					}
					return row;
				}, account.provider(), account.providerAccountId());
	}

	/**
	 * Rewrites the stored tokens of the account in the format from before values were bound to their account.
	 */
	private void storeAsV1(AdapterAccount account) {
		TokenCipher v1 = new AesGcmTokenCipher(EncryptionKey.fromBase64("a", KEY_A), List.of());
		update(account, "refresh_token", v1.encrypt(account.refresh_token()));
		update(account, "access_token", v1.encrypt(account.access_token()));
		update(account, "id_token", v1.encrypt(account.id_token()));
	}

	private void update(AdapterAccount account, String column, String value) {
		String quote = database().jdbcUrl().startsWith("jdbc:mariadb") ? "`" : "\"";
		assertThat(new JdbcTemplate(database().dataSource()).update("UPDATE accounts SET " + column
				+ " = ? WHERE provider = ? AND " + quote + "providerAccountId" + quote + " = ?", value,
				account.provider(), account.providerAccountId())).isOne();
	}

	/**
	 * The stored value with one character of its ciphertext changed.
	 */
	private static String tamper(String stored) {
		int at = stored.length() - 10;
		return stored.substring(0, at) + ((stored.charAt(at) == 'A') ? 'B' : 'A') + stored.substring(at + 1);
	}

	private static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
