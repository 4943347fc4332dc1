package io.github.authadapter;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Stores users, OAuth accounts, database sessions, verification tokens and WebAuthn authenticators with the
 * behaviour of an Auth.js (NextAuth.js) database adapter.
 * <p>
 * Ids are strings. Lookups that find nothing return {@link Optional#empty()}, including lookups with an id that
 * cannot exist (for example a non-numeric id on a numeric schema). Invalid arguments fail with an
 * {@link IllegalArgumentException} that names the field, before anything reaches the database.
 */
public interface Adapter {

	/**
	 * Stores a new user. The id of the given user is ignored: the store assigns one.
	 * @param user the user to store
	 * @return the stored user, with its id
	 * @throws EmailAlreadyInUseException if another user has the same email
	 */
	AdapterUser createUser(AdapterUser user);

	Optional<AdapterUser> getUser(String id);

	Optional<AdapterUser> getUserByEmail(String email);

	/**
	 * Finds the user that the OAuth account {@code (provider, providerAccountId)} is linked to.
	 */
	Optional<AdapterUser> getUserByAccount(String provider, String providerAccountId);

	/**
	 * Changes the fields that the update sets and leaves the others as they are.
	 * @return the user after the update, or empty when no user has the id
	 * @throws EmailAlreadyInUseException if the new email belongs to another user
	 */
	Optional<AdapterUser> updateUser(UserUpdate update);

	/**
	 * Deletes the user together with its accounts, sessions and authenticators. Unknown ids are ignored.
	 */
	void deleteUser(String id);

	/**
	 * Links an OAuth, OIDC, email or WebAuthn account to a user.
	 * @throws AccountAlreadyLinkedException if {@code (provider, providerAccountId)} is already linked
	 * @throws UserNotFoundException if the account's user does not exist
	 */
	AdapterAccount linkAccount(AdapterAccount account);

	/**
	 * Removes the link, if there is one.
	 */
	void unlinkAccount(String provider, String providerAccountId);

	Optional<AdapterAccount> getAccount(String provider, String providerAccountId);

	/**
	 * Replaces the tokens of the account {@code (provider, providerAccountId)} with those of the given account:
	 * {@code refresh_token}, {@code access_token}, {@code expires_at}, {@code token_type}, {@code scope},
	 * {@code id_token} and {@code session_state}, nulls included. Its user, type and the application's own fields
	 * stay as they are. Auth.js has no such method; sign-in uses it to keep the tokens of a returning user current.
	 * @return the account after the update, or empty when no account has that provider and provider account id
	 */
	Optional<AdapterAccount> updateAccount(AdapterAccount account);

	/**
	 * Updates the tokens of the account {@code (provider, providerAccountId)} with no other caller in between: the
	 * account is locked, read as it is now and given to {@code update}, and the tokens of the account that
	 * {@code update} returns are written as {@link #updateAccount(AdapterAccount)} writes them before the lock is
	 * released. Calls for one account therefore run one after the other, each seeing what the one before wrote: of two
	 * concurrent refreshes of an access token, the second finds the first one's new tokens, and its rotated refresh
	 * token is not lost. Not in Auth.js.
	 * @param update given the account as stored now, returns the account with its new tokens, or empty to leave it as
	 * it is; it runs while the account is locked, so it should be quick
	 * @return the account after the update, or empty when no account has that provider and provider account id
	 */
	Optional<AdapterAccount> updateAccountTokens(String provider, String providerAccountId,
			Function<AdapterAccount, Optional<AdapterAccount>> update);

	/**
	 * The accounts linked to the user, ordered by provider and provider account id; empty for an unknown user. A
	 * stored token that cannot be decrypted comes back as null rather than failing the list, as pages that show the
	 * linked accounts need no token; {@link #getAccount(String, String)} throws for it.
	 */
	List<AdapterAccount> listAccountsByUserId(String userId);

	/**
	 * @throws UserNotFoundException if the session's user does not exist
	 */
	AdapterSession createSession(AdapterSession session);

	/**
	 * Finds a session and its user by the session token, in one round trip to the database. Expired sessions are
	 * returned as well: deciding what to do with them is the caller's business, as in Auth.js.
	 */
	Optional<SessionAndUser> getSessionAndUser(String sessionToken);

	/**
	 * @return the session after the update, or empty when no session has the token
	 */
	Optional<AdapterSession> updateSession(SessionUpdate update);

	/**
	 * Deletes the session, if there is one.
	 */
	void deleteSession(String sessionToken);

	VerificationToken createVerificationToken(VerificationToken verificationToken);

	/**
	 * Consumes a verification token: returns it and deletes it atomically, so that of two concurrent calls for the
	 * same token at most one gets it. Expired tokens are returned too; the caller checks {@code expires}.
	 */
	Optional<VerificationToken> useVerificationToken(String identifier, String token);

	Optional<AdapterAuthenticator> getAuthenticator(String credentialID);

	/**
	 * @throws UserNotFoundException if the authenticator's user does not exist
	 */
	AdapterAuthenticator createAuthenticator(AdapterAuthenticator authenticator);

	List<AdapterAuthenticator> listAuthenticatorsByUserId(String userId);

	/**
	 * @return the authenticator with its new counter
	 * @throws AuthenticatorNotFoundException if no authenticator has the credential id
	 */
	AdapterAuthenticator updateAuthenticatorCounter(String credentialID, long newCounter);

	/**
	 * Deletes the authenticator, if there is one. Auth.js has no such method; a user removing a passkey needs it. The
	 * WebAuthn account next to it is the caller's to unlink.
	 */
	void deleteAuthenticator(String credentialID);

}
