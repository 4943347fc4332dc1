package io.github.authadapter.session;

import java.time.Duration;
import java.time.Instant;

import io.github.authadapter.AdapterSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link SessionLifetime}.
 */
class SessionLifetimeTests {

	private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

	private final SessionLifetime lifetime = SessionLifetime.defaults();

	@Test
	void defaultsAreThoseOfAuthJs() {
		assertThat(this.lifetime.maxAge()).isEqualTo(Duration.ofDays(30));
		assertThat(this.lifetime.updateAge()).isEqualTo(Duration.ofHours(24));
	}

	@Test
	void aNewSessionExpiresAfterMaxAge() {
		assertThat(this.lifetime.expiresFrom(NOW)).isEqualTo(NOW.plus(Duration.ofDays(30)));
	}

	@Test
	void aSessionIsExpiredFromItsExpiryOn() {
		assertThat(this.lifetime.isExpired(session(NOW.plusSeconds(1)), NOW)).isFalse();
		assertThat(this.lifetime.isExpired(session(NOW), NOW)).isTrue();
		assertThat(this.lifetime.isExpired(session(NOW.minusSeconds(1)), NOW)).isTrue();
	}

	@Test
	void aSessionExtendedLessThanUpdateAgeAgoIsNotDueForUpdate() {
		Instant extendedAnHourAgo = NOW.minus(Duration.ofHours(1)).plus(Duration.ofDays(30));
		assertThat(this.lifetime.isDueForUpdate(session(extendedAnHourAgo), NOW)).isFalse();
	}

	@Test
	void aSessionExtendedUpdateAgeAgoIsDueForUpdate() {
		Instant extendedADayAgo = NOW.minus(Duration.ofHours(24)).plus(Duration.ofDays(30));
		assertThat(this.lifetime.isDueForUpdate(session(extendedADayAgo), NOW)).isTrue();
		assertThat(this.lifetime.isDueForUpdate(session(extendedADayAgo.minusSeconds(1)), NOW)).isTrue();
		assertThat(this.lifetime.isDueForUpdate(session(extendedADayAgo.plusSeconds(1)), NOW)).isFalse();
	}

	@Test
	void aZeroUpdateAgeUpdatesOnEveryRequest() {
		SessionLifetime everyRequest = new SessionLifetime(Duration.ofDays(30), Duration.ZERO);
		assertThat(everyRequest.isDueForUpdate(session(everyRequest.expiresFrom(NOW)), NOW)).isTrue();
	}

	@Test
	void rejectsAMaxAgeThatIsNotPositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SessionLifetime(Duration.ZERO, Duration.ZERO))
			.withMessageContaining("auth.adapter.session.max-age");
	}

	@Test
	void rejectsAnUpdateAgeLongerThanMaxAge() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SessionLifetime(Duration.ofHours(1), Duration.ofHours(2)))
			.withMessageContaining("must not exceed maxAge");
	}

	private static AdapterSession session(Instant expires) {
		return new AdapterSession("token", "1", expires);
	}

}
