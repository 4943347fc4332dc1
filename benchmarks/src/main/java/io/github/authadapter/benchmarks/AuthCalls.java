package io.github.authadapter.benchmarks;

import java.util.Optional;

import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.SessionAndUser;
import io.github.authadapter.VerificationToken;

/**
 * The adapter methods the benchmark calls, with the {@link io.github.authadapter.Adapter}'s signatures, so that the
 * starter's Adapter and the raw JDBC floor are driven by the same code.
 */
public interface AuthCalls {

	Optional<SessionAndUser> getSessionAndUser(String sessionToken);

	AdapterSession createSession(AdapterSession session);

	VerificationToken createVerificationToken(VerificationToken verificationToken);

	Optional<VerificationToken> useVerificationToken(String identifier, String token);

	Optional<AdapterUser> getUserByEmail(String email);

	AdapterUser createUser(AdapterUser user);

}
