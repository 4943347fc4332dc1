package io.github.authadapter.metrics;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.AdapterAuthenticator;
import io.github.authadapter.AdapterException;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.DelegatingAdapter;
import io.github.authadapter.SessionAndUser;
import io.github.authadapter.SessionUpdate;
import io.github.authadapter.UserUpdate;
import io.github.authadapter.VerificationToken;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * An {@link Adapter} that times every call of the adapter it decorates with the timer {@value #CALLS}, tagged with
 * the method and the outcome.
 * <p>
 * The outcome is {@value #SUCCESS}; the simple class name of an {@link AdapterException} or an
 * {@link IllegalArgumentException}, failures the adapter reports on purpose; or {@value #ERROR} for anything else,
 * such as a database that cannot be reached. So the number of tag values stays small whatever goes wrong.
 */
public class MeteredAdapter extends DelegatingAdapter {

	/**
	 * The name of the timer.
	 */
	public static final String CALLS = "auth.adapter.calls";

	/**
	 * The outcome of a call that returned.
	 */
	public static final String SUCCESS = "success";

	/**
	 * The outcome of a call that failed for a reason outside the adapter contract.
	 */
	public static final String ERROR = "error";

	private final Clock clock;

	private final TimedMethod createUser;

	private final TimedMethod getUser;

	private final TimedMethod getUserByEmail;

	private final TimedMethod getUserByAccount;

	private final TimedMethod updateUser;

	private final TimedMethod deleteUser;

	private final TimedMethod linkAccount;

	private final TimedMethod unlinkAccount;

	private final TimedMethod getAccount;

	private final TimedMethod updateAccount;

	private final TimedMethod listAccountsByUserId;

	private final TimedMethod createSession;

	private final TimedMethod getSessionAndUser;

	private final TimedMethod updateSession;

	private final TimedMethod deleteSession;

	private final TimedMethod createVerificationToken;

	private final TimedMethod useVerificationToken;

	private final TimedMethod getAuthenticator;

	private final TimedMethod createAuthenticator;

	private final TimedMethod listAuthenticatorsByUserId;

	private final TimedMethod updateAuthenticatorCounter;

	public MeteredAdapter(Adapter delegate, MeterRegistry registry) {
		super(delegate);
		this.clock = registry.config().clock();
		this.createUser = new TimedMethod("createUser", registry);
		this.getUser = new TimedMethod("getUser", registry);
		this.getUserByEmail = new TimedMethod("getUserByEmail", registry);
		this.getUserByAccount = new TimedMethod("getUserByAccount", registry);
		this.updateUser = new TimedMethod("updateUser", registry);
		this.deleteUser = new TimedMethod("deleteUser", registry);
		this.linkAccount = new TimedMethod("linkAccount", registry);
		this.unlinkAccount = new TimedMethod("unlinkAccount", registry);
		this.getAccount = new TimedMethod("getAccount", registry);
		this.updateAccount = new TimedMethod("updateAccount", registry);
		this.listAccountsByUserId = new TimedMethod("listAccountsByUserId", registry);
		this.createSession = new TimedMethod("createSession", registry);
		this.getSessionAndUser = new TimedMethod("getSessionAndUser", registry);
		this.updateSession = new TimedMethod("updateSession", registry);
		this.deleteSession = new TimedMethod("deleteSession", registry);
		this.createVerificationToken = new TimedMethod("createVerificationToken", registry);
		this.useVerificationToken = new TimedMethod("useVerificationToken", registry);
		this.getAuthenticator = new TimedMethod("getAuthenticator", registry);
		this.createAuthenticator = new TimedMethod("createAuthenticator", registry);
		this.listAuthenticatorsByUserId = new TimedMethod("listAuthenticatorsByUserId", registry);
		this.updateAuthenticatorCounter = new TimedMethod("updateAuthenticatorCounter", registry);
	}

	@Override
	public AdapterUser createUser(AdapterUser user) {
		return timed(this.createUser, () -> super.createUser(user));
	}

	@Override
	public Optional<AdapterUser> getUser(String id) {
		return timed(this.getUser, () -> super.getUser(id));
	}

	@Override
	public Optional<AdapterUser> getUserByEmail(String email) {
		return timed(this.getUserByEmail, () -> super.getUserByEmail(email));
	}

	@Override
	public Optional<AdapterUser> getUserByAccount(String provider, String providerAccountId) {
		return timed(this.getUserByAccount, () -> super.getUserByAccount(provider, providerAccountId));
	}

	@Override
	public Optional<AdapterUser> updateUser(UserUpdate update) {
		return timed(this.updateUser, () -> super.updateUser(update));
	}

	@Override
	public void deleteUser(String id) {
		timed(this.deleteUser, () -> {
			super.deleteUser(id);
			return null;
		});
	}

	@Override
	public AdapterAccount linkAccount(AdapterAccount account) {
		return timed(this.linkAccount, () -> super.linkAccount(account));
	}

	@Override
	public void unlinkAccount(String provider, String providerAccountId) {
		timed(this.unlinkAccount, () -> {
			super.unlinkAccount(provider, providerAccountId);
			return null;
		});
	}

	@Override
	public Optional<AdapterAccount> getAccount(String provider, String providerAccountId) {
		return timed(this.getAccount, () -> super.getAccount(provider, providerAccountId));
	}

	@Override
	public Optional<AdapterAccount> updateAccount(AdapterAccount account) {
		return timed(this.updateAccount, () -> super.updateAccount(account));
	}

	@Override
	public List<AdapterAccount> listAccountsByUserId(String userId) {
		return timed(this.listAccountsByUserId, () -> super.listAccountsByUserId(userId));
	}

	@Override
	public AdapterSession createSession(AdapterSession session) {
		return timed(this.createSession, () -> super.createSession(session));
	}

	@Override
	public Optional<SessionAndUser> getSessionAndUser(String sessionToken) {
		// Every authenticated request comes here, so no lambda: nothing is allocated on the way to the timer.
		long start = this.clock.monotonicTime();
		try {
			Optional<SessionAndUser> found = super.getSessionAndUser(sessionToken);
			this.getSessionAndUser.succeeded(start);
			return found;
		}
		catch (RuntimeException ex) {
			this.getSessionAndUser.failed(start, ex);
			throw ex;
		}
	}

	@Override
	public Optional<AdapterSession> updateSession(SessionUpdate update) {
		return timed(this.updateSession, () -> super.updateSession(update));
	}

	@Override
	public void deleteSession(String sessionToken) {
		timed(this.deleteSession, () -> {
			super.deleteSession(sessionToken);
			return null;
		});
	}

	@Override
	public VerificationToken createVerificationToken(VerificationToken verificationToken) {
		return timed(this.createVerificationToken, () -> super.createVerificationToken(verificationToken));
	}

	@Override
	public Optional<VerificationToken> useVerificationToken(String identifier, String token) {
		return timed(this.useVerificationToken, () -> super.useVerificationToken(identifier, token));
	}

	@Override
	public Optional<AdapterAuthenticator> getAuthenticator(String credentialID) {
		return timed(this.getAuthenticator, () -> super.getAuthenticator(credentialID));
	}

	@Override
	public AdapterAuthenticator createAuthenticator(AdapterAuthenticator authenticator) {
		return timed(this.createAuthenticator, () -> super.createAuthenticator(authenticator));
	}

	@Override
	public List<AdapterAuthenticator> listAuthenticatorsByUserId(String userId) {
		return timed(this.listAuthenticatorsByUserId, () -> super.listAuthenticatorsByUserId(userId));
	}

	@Override
	public AdapterAuthenticator updateAuthenticatorCounter(String credentialID, long newCounter) {
		return timed(this.updateAuthenticatorCounter,
				() -> super.updateAuthenticatorCounter(credentialID, newCounter));
	}

	private <T> T timed(TimedMethod method, Supplier<T> call) {
		long start = this.clock.monotonicTime();
		try {
			T result = call.get();
			method.succeeded(start);
			return result;
		}
		catch (RuntimeException ex) {
			method.failed(start, ex);
			throw ex;
		}
	}

	static String outcome(RuntimeException ex) {
		return (ex instanceof AdapterException || ex instanceof IllegalArgumentException)
				? ex.getClass().getSimpleName() : ERROR;
	}

	/**
	 * One Adapter method, with its success timer built once, because that is the common case.
	 */
	private static final class TimedMethod {

		private final String name;

		private final MeterRegistry registry;

		private final Clock clock;

		private final Timer success;

		TimedMethod(String name, MeterRegistry registry) {
			this.name = name;
			this.registry = registry;
			this.clock = registry.config().clock();
			this.success = timer(SUCCESS);
		}

		void succeeded(long start) {
			this.success.record(this.clock.monotonicTime() - start, TimeUnit.NANOSECONDS);
		}

		void failed(long start, RuntimeException ex) {
			// Rare, so the timer is looked up, and registered the first time, on each failure.
			timer(outcome(ex)).record(this.clock.monotonicTime() - start, TimeUnit.NANOSECONDS);
		}

		private Timer timer(String outcome) {
			return Timer.builder(CALLS)
				.description("Calls of the Auth.js adapter")
				.tag("method", this.name)
				.tag("outcome", outcome)
				.register(this.registry);
		}

	}

}
