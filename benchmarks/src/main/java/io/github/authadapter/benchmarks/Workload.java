package io.github.authadapter.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.SessionAndUser;
import io.github.authadapter.VerificationToken;

/**
 * One call of a measurement's operation at a time, from any number of threads, checking every answer so that a
 * broken implementation cannot look fast.
 */
final class Workload {

	private static final Duration SESSION_LIFETIME = Duration.ofDays(30);

	private static final Duration LINK_LIFETIME = Duration.ofDays(1);

	private final AuthCalls calls;

	private final Measurement measurement;

	private final AtomicInteger tokensTaken = new AtomicInteger();

	Workload(AuthCalls calls, Measurement measurement) {
		this.calls = calls;
		this.measurement = measurement;
	}

	/**
	 * Makes one call of the operation.
	 * @return false when there was nothing left to call it on: all loaded verification tokens are used
	 */
	boolean callOnce() {
		switch (this.measurement.operation()) {
			case GET_SESSION_AND_USER -> findSession(Dataset.sessionToken(randomUser()));
			case CREATE_SESSION -> this.calls.createSession(
					new AdapterSession(UUID.randomUUID().toString(), Integer.toString(randomUser()), expiry()));
			case USE_VERIFICATION_TOKEN -> {
				Measurement.TokenBatch batch = this.measurement.tokenBatch();
				int n = this.tokensTaken.incrementAndGet();
				if (batch == null || n > batch.count()) {
					return false;
				}
				this.calls.useVerificationToken(Dataset.email(n), Dataset.verificationToken(batch.name(), n))
					.orElseThrow(() -> new IllegalStateException("A loaded verification token was not found"));
			}
			case EMAIL_SIGN_IN -> signInByEmail();
			case SIGNED_IN_REQUEST -> throw new IllegalStateException("A request is no adapter call: see SignedInRequests");
		}
		return true;
	}

	private void signInByEmail() {
		String email = "signin-" + UUID.randomUUID() + "@example.com";
		String token = UUID.randomUUID().toString();
		this.calls.createVerificationToken(new VerificationToken(email, token, Instant.now().plus(LINK_LIFETIME)));
		this.calls.useVerificationToken(email, token)
			.orElseThrow(() -> new IllegalStateException("The verification token just created was not found"));
		if (this.calls.getUserByEmail(email).isPresent()) {
			throw new IllegalStateException("A new visitor's email already has a user");
		}
		AdapterUser user = this.calls.createUser(new AdapterUser(null, null, email, Instant.now(), null));
		AdapterSession session = this.calls
			.createSession(new AdapterSession(UUID.randomUUID().toString(), user.id(), expiry()));
		findSession(session.sessionToken());
	}

	private void findSession(String sessionToken) {
		SessionAndUser found = this.calls.getSessionAndUser(sessionToken)
			.orElseThrow(() -> new IllegalStateException("A loaded session was not found"));
		if (!found.session().userId().equals(found.user().id())) {
			throw new IllegalStateException("getSessionAndUser returned another user's session");
		}
	}

	private int randomUser() {
		return ThreadLocalRandom.current().nextInt(1, this.measurement.sessions() + 1);
	}

	private static Instant expiry() {
		return Instant.now().plus(SESSION_LIFETIME);
	}

}
