package io.github.authadapter.devices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAuthenticator;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.AuthenticatorUse;
import io.github.authadapter.SessionDevice;
import io.github.authadapter.SessionUpdate;
import io.github.authadapter.autoconfigure.AuthAdapterClock;
import io.github.authadapter.jpa.JpaAuthenticatorUses;
import io.github.authadapter.jpa.JpaUserSessions;
import io.github.authadapter.test.StarterApplication;
import io.github.authadapter.test.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dates that the adapter writes, of session devices and passkeys, come from the application's
 * {@link AuthAdapterClock}, as the expiries do: here a clock years away from the real one, moved by the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdapterClockDatesTests {

	private static final Instant START = Instant.parse("2031-02-03T04:05:06.789Z");

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	private final MovableClock clock = new MovableClock(START);

	private ConfigurableApplicationContext context;

	private Adapter adapter;

	@BeforeAll
	void start() {
		this.context = new SpringApplicationBuilder(StarterApplication.class).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "spring.jpa.open-in-view=false", "logging.level.root=warn",
					"auth.adapter.cleanup.cron=-")
			.initializers((context) -> {
				context.getBeanFactory().registerSingleton("dataSource", database.dataSource());
				context.getBeanFactory().registerSingleton("authAdapterClock", new AuthAdapterClock(this.clock));
			})
			.run();
		this.adapter = this.context.getBean(Adapter.class);
	}

	@AfterAll
	void stop() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void aSessionStartsAndIsUsedAtTheClocksTime() {
		String userId = newUser();
		String token = "session-" + System.nanoTime();
		this.clock.set(START);
		this.adapter.createSession(new AdapterSession(token, userId, START.plus(Duration.ofDays(30))));
		SessionDevice started = device(userId, token);
		assertThat(started.startedAt()).isEqualTo(START);
		assertThat(started.lastUsedAt()).isEqualTo(START);

		Instant later = START.plus(Duration.ofHours(5));
		this.clock.set(later);
		assertThat(this.adapter.updateSession(new SessionUpdate(token, later.plus(Duration.ofDays(30))))).isPresent();
		SessionDevice used = device(userId, token);
		assertThat(used.startedAt()).isEqualTo(START);
		assertThat(used.lastUsedAt()).isEqualTo(later);
	}

	@Test
	void aPasskeyIsRegisteredAndUsedAtTheClocksTime() {
		String userId = newUser();
		String credentialId = "credential-" + System.nanoTime();
		this.clock.set(START);
		this.adapter.createAuthenticator(new AdapterAuthenticator(credentialId, userId, "account-" + credentialId,
				"key", 0, "singleDevice", false, null));
		AuthenticatorUse registered = use(credentialId);
		assertThat(registered.createdAt()).isEqualTo(START);
		assertThat(registered.lastUsedAt()).isEqualTo(START);

		Instant later = START.plus(Duration.ofDays(2));
		this.clock.set(later);
		this.adapter.updateAuthenticatorCounter(credentialId, 1);
		AuthenticatorUse used = use(credentialId);
		assertThat(used.createdAt()).isEqualTo(START);
		assertThat(used.lastUsedAt()).isEqualTo(later);
	}

	private String newUser() {
		return this.adapter.createUser(AdapterUser.withEmail("clock-" + System.nanoTime() + "@mail.example")).id();
	}

	private SessionDevice device(String userId, String token) {
		SessionDevice device = new JpaUserSessions(this.context.getBean(EntityManagerFactory.class),
				this.context.getBean(PlatformTransactionManager.class))
			.findDevicesByUserId(userId)
			.get(token);
		assertThat(device).isNotNull();
		return device;
	}

	private AuthenticatorUse use(String credentialId) {
		return new JpaAuthenticatorUses(this.context.getBean(EntityManagerFactory.class),
				this.context.getBean(PlatformTransactionManager.class))
			.findByCredentialId(credentialId)
			.orElseThrow();
	}

	/**
	 * A clock that stands still where the test puts it.
	 */
	private static final class MovableClock extends Clock {

		private final AtomicReference<Instant> now;

		MovableClock(Instant now) {
			this.now = new AtomicReference<>(now);
		}

		void set(Instant instant) {
			this.now.set(instant);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Instant instant() {
			return this.now.get();
		}

	}

}
