package io.github.authadapter;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An {@link Adapter} that hands every call to another one. Extend it to decorate an adapter, overriding only the
 * methods you change, for example to write an audit log:
 * <pre>{@code
 * class AuditingAdapter extends DelegatingAdapter {
 *
 *     AuditingAdapter(Adapter delegate) {
 *         super(delegate);
 *     }
 *
 *     @Override
 *     public void deleteUser(String id) {
 *         super.deleteUser(id);
 *         log.info("Deleted user {}", id);
 *     }
 *
 * }
 * }</pre>
 * To act around every method instead, such as to time them, a method interceptor on the Adapter interface needs no
 * line per method; see {@code io.github.authadapter.metrics.AdapterCallTimer}. This class forwards each method
 * itself because a subclass's {@code super} call needs a method to land on.
 */
public abstract class DelegatingAdapter implements Adapter {

	private final Adapter delegate;

	protected DelegatingAdapter(Adapter delegate) {
		this.delegate = Arguments.requireValue(delegate, "delegate");
	}

	/**
	 * The adapter that this one hands its calls to.
	 */
	protected final Adapter delegate() {
		return this.delegate;
	}

	@Override
	public AdapterUser createUser(AdapterUser user) {
		return this.delegate.createUser(user);
	}

	@Override
	public Optional<AdapterUser> getUser(String id) {
		return this.delegate.getUser(id);
	}

	@Override
	public Optional<AdapterUser> getUserByEmail(String email) {
		return this.delegate.getUserByEmail(email);
	}

	@Override
	public Optional<AdapterUser> getUserByAccount(String provider, String providerAccountId) {
		return this.delegate.getUserByAccount(provider, providerAccountId);
	}

	@Override
	public Optional<AdapterUser> updateUser(UserUpdate update) {
		return this.delegate.updateUser(update);
	}

	@Override
	public void deleteUser(String id) {
		this.delegate.deleteUser(id);
	}

	@Override
	public AdapterAccount linkAccount(AdapterAccount account) {
		return this.delegate.linkAccount(account);
	}

	@Override
	public void unlinkAccount(String provider, String providerAccountId) {
		this.delegate.unlinkAccount(provider, providerAccountId);
	}

	@Override
	public Optional<AdapterAccount> getAccount(String provider, String providerAccountId) {
		return this.delegate.getAccount(provider, providerAccountId);
	}

	@Override
	public Optional<AdapterAccount> updateAccount(AdapterAccount account) {
		return this.delegate.updateAccount(account);
	}

	@Override
	public Optional<AdapterAccount> updateAccountTokens(String provider, String providerAccountId,
			Function<AdapterAccount, Optional<AdapterAccount>> update) {
		return this.delegate.updateAccountTokens(provider, providerAccountId, update);
	}

	@Override
	public List<AdapterAccount> listAccountsByUserId(String userId) {
		return this.delegate.listAccountsByUserId(userId);
	}

	@Override
	public AdapterSession createSession(AdapterSession session) {
		return this.delegate.createSession(session);
	}

	@Override
	public Optional<SessionAndUser> getSessionAndUser(String sessionToken) {
		return this.delegate.getSessionAndUser(sessionToken);
	}

	@Override
	public Optional<AdapterSession> updateSession(SessionUpdate update) {
		return this.delegate.updateSession(update);
	}

	@Override
	public void deleteSession(String sessionToken) {
		this.delegate.deleteSession(sessionToken);
	}

	@Override
	public VerificationToken createVerificationToken(VerificationToken verificationToken) {
		return this.delegate.createVerificationToken(verificationToken);
	}

	@Override
	public Optional<VerificationToken> useVerificationToken(String identifier, String token) {
		return this.delegate.useVerificationToken(identifier, token);
	}

	@Override
	public Optional<AdapterAuthenticator> getAuthenticator(String credentialID) {
		return this.delegate.getAuthenticator(credentialID);
	}

	@Override
	public AdapterAuthenticator createAuthenticator(AdapterAuthenticator authenticator) {
		return this.delegate.createAuthenticator(authenticator);
	}

	@Override
	public List<AdapterAuthenticator> listAuthenticatorsByUserId(String userId) {
		return this.delegate.listAuthenticatorsByUserId(userId);
	}

	@Override
	public AdapterAuthenticator updateAuthenticatorCounter(String credentialID, long newCounter) {
		return this.delegate.updateAuthenticatorCounter(credentialID, newCounter);
	}

	@Override
	public void deleteAuthenticator(String credentialID) {
		this.delegate.deleteAuthenticator(credentialID);
	}

}
