package io.github.authadapter.session;

/**
 * Generates the tokens of new database sessions, which their cookies carry. The default uses {@link SecureTokens}:
 * 32 random bytes as hex. Define a bean of this type to make your own, for example predictable ones in tests.
 */
@FunctionalInterface
public interface SessionTokenGenerator {

	/**
	 * A new session token, unguessable and unique.
	 */
	String generateSessionToken();

}
