package io.github.authadapter.passkey;

import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.jpa.JpaAuthenticatorUses;
import io.github.authadapter.test.StarterApplication;
import jakarta.persistence.EntityManagerFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link AdapterUserCredentialRepository} and {@link AdapterUserEntityRepository} on a real database: what Spring
 * Security saves lands in the rows Auth.js's passkey provider writes (standard base64, the {@code webauthn} account),
 * rows written as Auth.js writes them come back to Spring Security field for field, and nothing is lost either way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractPasskeyRepositoryTests {

	// Bytes whose base64 has '+', '/' and padding, so that base64url or unpadded text would not compare equal.
	private static final byte[] KEY_BYTES = { (byte) 0xa5, 0x01, 0x02, 0x03, 0x26, (byte) 0xfb, (byte) 0xff,
			(byte) 0xfe, 0x3e, 0x3f };

	private @Nullable ConfigurableApplicationContext context;

	private Adapter adapter;

	private JdbcTemplate jdbc;

	private AdapterUserCredentialRepository credentials;

	private AdapterUserEntityRepository users;

	private String quote;

	protected abstract DataSource dataSource();

	@BeforeAll
	void start() throws Exception {
		DataSource dataSource = dataSource();
		this.context = new SpringApplicationBuilder(StarterApplication.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "spring.jpa.open-in-view=false", "logging.level.root=warn",
					"auth.adapter.cleanup.cron=-")
			.initializers((context) -> context.getBeanFactory().registerSingleton("dataSource", dataSource))
			.run();
		this.adapter = this.context.getBean(Adapter.class);
		PlatformTransactionManager transactionManager = this.context.getBean(PlatformTransactionManager.class);
		this.credentials = new AdapterUserCredentialRepository(this.adapter, new TransactionTemplate(transactionManager),
				new JpaAuthenticatorUses(this.context.getBean(EntityManagerFactory.class), transactionManager));
		this.users = new AdapterUserEntityRepository(this.adapter);
		this.jdbc = new JdbcTemplate(dataSource);
		try (Connection connection = dataSource.getConnection()) {
			this.quote = connection.getMetaData().getIdentifierQuoteString().trim();
		}
	}

	@AfterAll
	void stop() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void aSavedCredentialIsStoredAsAuthJsStoresIt() {
		AdapterUser user = newUser();
		Bytes credentialId = new Bytes(idBytes());
		this.credentials.save(record(credentialId, user, 7, true, false,
				Set.of(AuthenticatorTransport.INTERNAL)));

		String base64Id = Base64.getEncoder().encodeToString(credentialId.getBytes());
		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM authenticators WHERE " + q("credentialID")
				+ " = ?", base64Id);
		assertThat(row).containsEntry(key(row, "providerAccountId"), base64Id)
			.containsEntry(key(row, "credentialPublicKey"), "pQECAyb7//4+Pw==")
			.containsEntry(key(row, "credentialDeviceType"), "multiDevice")
			.containsEntry(key(row, "credentialBackedUp"), false)
			.containsEntry(key(row, "transports"), "internal");
		assertThat(((Number) row.get(key(row, "counter"))).longValue()).isEqualTo(7);
		assertThat(String.valueOf(row.get(key(row, "userId")))).isEqualTo(user.id());

		List<Map<String, Object>> accounts = this.jdbc.queryForList("SELECT type, provider, " + q("userId")
				+ " FROM accounts WHERE " + q("providerAccountId") + " = ?", base64Id);
		assertThat(accounts).hasSize(1);
		Map<String, Object> account = accounts.get(0);
		assertThat(account).containsEntry(key(account, "type"), "webauthn")
			.containsEntry(key(account, "provider"), "passkey");
		assertThat(String.valueOf(account.get(key(account, "userId")))).isEqualTo(user.id());
	}

	@Test
	void everyFieldComesBackAsSaved() {
		AdapterUser user = newUser();
		Bytes credentialId = new Bytes(idBytes());
		CredentialRecord saved = record(credentialId, user, 3, false, false,
				Set.of(AuthenticatorTransport.USB, AuthenticatorTransport.NFC, AuthenticatorTransport.HYBRID));
		this.credentials.save(saved);
		Bytes other = new Bytes(idBytes());
		this.credentials.save(record(other, user, 0, true, true, Set.of()));

		CredentialRecord found = this.credentials.findByCredentialId(credentialId);
		assertThat(found).isNotNull();
		assertThat(found.getCredentialId()).isEqualTo(credentialId);
		assertThat(found.getCredentialType()).isEqualTo(PublicKeyCredentialType.PUBLIC_KEY);
		assertThat(found.getPublicKey().getBytes()).isEqualTo(KEY_BYTES);
		assertThat(found.getSignatureCount()).isEqualTo(3);
		assertThat(found.isBackupEligible()).isFalse();
		assertThat(found.isBackupState()).isFalse();
		assertThat(found.getTransports()).containsExactlyInAnyOrderElementsOf(saved.getTransports());
		assertThat(found.getUserEntityUserId()).isEqualTo(AuthJsPasskeys.userHandle(user.id()));

		CredentialRecord synced = this.credentials.findByCredentialId(other);
		assertThat(synced.isBackupEligible()).isTrue();
		assertThat(synced.isBackupState()).isTrue();
		assertThat(synced.getTransports()).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT transports FROM authenticators WHERE " + q("credentialID")
				+ " = ?", String.class, AuthJsPasskeys.credentialId(other))).isNull();

		assertThat(this.credentials.findByUserId(AuthJsPasskeys.userHandle(user.id())))
			.extracting(CredentialRecord::getCredentialId)
			.containsExactlyInAnyOrder(credentialId, other);
	}

	@Test
	void savingAStoredCredentialAgainUpdatesItsCounterAndLastUse() {
		AdapterUser user = newUser();
		Bytes credentialId = new Bytes(idBytes());
		Instant beforeRegistration = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		this.credentials.save(record(credentialId, user, 1, true, true, Set.of(AuthenticatorTransport.INTERNAL)));
		CredentialRecord registered = this.credentials.findByCredentialId(credentialId);
		assertThat(registered.getCreated()).isBetween(beforeRegistration, Instant.now());
		assertThat(registered.getLastUsed()).isEqualTo(registered.getCreated());
		CredentialRecord used = ImmutableCredentialRecord.fromCredentialRecord(registered).signatureCount(9).build();
		Instant beforeUse = Instant.now().truncatedTo(ChronoUnit.MICROS);

		this.credentials.save(used);

		CredentialRecord found = this.credentials.findByCredentialId(credentialId);
		assertThat(found.getSignatureCount()).isEqualTo(9);
		assertThat(found.getCreated()).isEqualTo(registered.getCreated());
		assertThat(found.getLastUsed()).isAfter(registered.getCreated())
			.isBetween(beforeUse, Instant.now());
		assertThat(this.credentials.findByUserId(AuthJsPasskeys.userHandle(user.id())))
			.extracting(CredentialRecord::getCreated, CredentialRecord::getLastUsed)
			.containsExactly(tuple(registered.getCreated(), found.getLastUsed()));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM accounts WHERE " + q("providerAccountId") + " = ?",
				Integer.class, AuthJsPasskeys.credentialId(credentialId))).isEqualTo(1);
	}

	@Test
	void aRowWrittenAsAuthJsWritesItIsACredentialRecord() {
		AdapterUser user = newUser();
		byte[] id = idBytes();
		String base64Id = Base64.getEncoder().encodeToString(id);
		this.jdbc.update("INSERT INTO accounts (" + q("userId") + ", type, provider, " + q("providerAccountId")
				+ ") VALUES (?, 'webauthn', 'passkey', ?)", Long.valueOf(user.id()), base64Id);
		this.jdbc.update("INSERT INTO authenticators (" + q("credentialID") + ", " + q("userId") + ", "
				+ q("providerAccountId") + ", " + q("credentialPublicKey") + ", counter, " + q("credentialDeviceType")
				+ ", " + q("credentialBackedUp") + ", transports) VALUES (?, ?, ?, ?, 12, 'singleDevice', ?, ?)",
				base64Id, Long.valueOf(user.id()), base64Id, "pQECAyb7//4+Pw==", false, "usb,ble");

		CredentialRecord found = this.credentials.findByCredentialId(new Bytes(id));

		assertThat(found).isNotNull();
		assertThat(found.getPublicKey().getBytes()).isEqualTo(KEY_BYTES);
		assertThat(found.getSignatureCount()).isEqualTo(12);
		assertThat(found.isBackupEligible()).isFalse();
		assertThat(found.getTransports()).containsExactlyInAnyOrder(AuthenticatorTransport.USB,
				AuthenticatorTransport.BLE);
		assertThat(this.users.findById(found.getUserEntityUserId()).getName()).isEqualTo(user.email());
	}

	@Test
	void deletingACredentialRemovesItsAuthenticatorAndAccount() {
		AdapterUser user = newUser();
		Bytes credentialId = new Bytes(idBytes());
		this.credentials.save(record(credentialId, user, 0, false, false, Set.of()));

		this.credentials.delete(credentialId);

		assertThat(this.credentials.findByCredentialId(credentialId)).isNull();
		assertThat(this.adapter.getAccount(AuthJsPasskeys.PROVIDER_ID, AuthJsPasskeys.credentialId(credentialId)))
			.isEmpty();
		assertThat(this.adapter.getUser(user.id())).isPresent();
	}

	@Test
	void aCredentialWhoseAccountWasUnlinkedIsNotFound() {
		AdapterUser user = newUser();
		Bytes credentialId = new Bytes(idBytes());
		this.credentials.save(record(credentialId, user, 0, false, false, Set.of()));
		assertThat(this.credentials.findByCredentialId(credentialId)).isNotNull();

		this.adapter.unlinkAccount(AuthJsPasskeys.PROVIDER_ID, AuthJsPasskeys.credentialId(credentialId));

		assertThat(this.credentials.findByCredentialId(credentialId)).as("refused, as Auth.js refuses it").isNull();
		assertThat(this.adapter.getAuthenticator(AuthJsPasskeys.credentialId(credentialId))).isPresent();
	}

	@Test
	void aUnknownCredentialIsNotFound() {
		assertThat(this.credentials.findByCredentialId(new Bytes(idBytes()))).isNull();
		assertThat(this.credentials.findByUserId(AuthJsPasskeys.userHandle("987654321"))).isEmpty();
	}

	@Test
	void theUserEntityIsTheUser() {
		AdapterUser user = newUser();

		PublicKeyCredentialUserEntity byId = this.users.findById(AuthJsPasskeys.userHandle(user.id()));

		assertThat(byId).isNotNull();
		assertThat(byId.getName()).isEqualTo(user.email());
		assertThat(byId.getDisplayName()).isEqualTo("Ada");
		assertThat(this.users.findByUsername(user.email()).getId()).isEqualTo(byId.getId());
		assertThat(this.users.findByUsername(user.id()).getId()).isEqualTo(byId.getId());
		assertThat(this.users.findByUsername("nobody@example.com")).isNull();
		assertThat(this.users.findById(AuthJsPasskeys.userHandle("987654321"))).isNull();
	}

	private AdapterUser newUser() {
		return this.adapter.createUser(new AdapterUser(null, "Ada", UUID.randomUUID() + "@example.com", null, null));
	}

	private static CredentialRecord record(Bytes credentialId, AdapterUser user, long counter, boolean backupEligible,
			boolean backupState, Set<AuthenticatorTransport> transports) {
		return ImmutableCredentialRecord.builder()
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.credentialId(credentialId)
			.userEntityUserId(AuthJsPasskeys.userHandle(user.id()))
			.publicKey(new ImmutablePublicKeyCose(KEY_BYTES))
			.signatureCount(counter)
			.backupEligible(backupEligible)
			.backupState(backupState)
			.transports(transports)
			.label("test")
			.build();
	}

	// A random id that starts with bytes whose base64 has '+' and '/'.
	private static byte[] idBytes() {
		byte[] random = Bytes.random().getBytes();
		random[0] = (byte) 0xfb;
		random[1] = (byte) 0xff;
		random[2] = (byte) 0xfe;
		return random;
	}

	private String q(String name) {
		return this.quote + name + this.quote;
	}

	// The key of a column in a row map, whatever case the driver reports it in.
	private static String key(Map<String, Object> row, String column) {
		return row.keySet().stream().filter(column::equalsIgnoreCase).findFirst().orElse(column);
	}

}
