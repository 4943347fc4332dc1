package io.github.authadapter.benchmarks;

import java.util.Optional;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.SessionAndUser;
import io.github.authadapter.VerificationToken;

/**
 * The calls through the public {@link Adapter} API, whatever implementation the application context provides.
 */
record AdapterCalls(Adapter adapter) implements AuthCalls {

	@Override
	public Optional<SessionAndUser> getSessionAndUser(String sessionToken) {
		return this.adapter.getSessionAndUser(sessionToken);
	}

	@Override
	public AdapterSession createSession(AdapterSession session) {
		return this.adapter.createSession(session);
	}

	@Override
	public VerificationToken createVerificationToken(VerificationToken verificationToken) {
		return this.adapter.createVerificationToken(verificationToken);
	}

	@Override
	public Optional<VerificationToken> useVerificationToken(String identifier, String token) {
		return this.adapter.useVerificationToken(identifier, token);
	}

	@Override
	public Optional<AdapterUser> getUserByEmail(String email) {
		return this.adapter.getUserByEmail(email);
	}

	@Override
	public AdapterUser createUser(AdapterUser user) {
		return this.adapter.createUser(user);
	}

}
