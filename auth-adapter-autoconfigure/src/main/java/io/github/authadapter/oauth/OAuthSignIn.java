package io.github.authadapter.oauth;

import java.util.Optional;
import java.util.Set;

import io.github.authadapter.AccountAlreadyLinkedException;
import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterException;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.EmailAlreadyInUseException;
import io.github.authadapter.web.SignInTransaction;
import org.jspecify.annotations.Nullable;

import org.springframework.transaction.support.TransactionOperations;

/**
 * Auth.js's login-or-register rules for a person who has just signed in at a provider: sign in the user the account
 * is linked to, link the account to the user who is signed in, or register a new user. An email address that already
 * belongs to a user is never linked by itself, unless the provider is trusted to do so.
 */
public class OAuthSignIn {

	private final Adapter adapter;

	private final Set<String> emailLinkingProviders;

	private final SignInTransaction transaction;

	/**
	 * Creates the rules.
	 * @param adapter where users and accounts are stored
	 * @param emailLinkingProviders the registration ids whose accounts may be linked to an existing user with the same
	 * email address, Auth.js's {@code allowDangerousEmailAccountLinking}
	 */
	public OAuthSignIn(Adapter adapter, Set<String> emailLinkingProviders) {
		this(adapter, emailLinkingProviders, SignInTransaction.of(TransactionOperations.withoutTransaction()));
	}

	/**
	 * Creates the rules.
	 * @param adapter where users and accounts are stored
	 * @param emailLinkingProviders the registration ids whose accounts may be linked to an existing user with the same
	 * email address, Auth.js's {@code allowDangerousEmailAccountLinking}
	 * @param transaction how the new user and its account are written as one unit
	 */
	public OAuthSignIn(Adapter adapter, Set<String> emailLinkingProviders, SignInTransaction transaction) {
		this.adapter = adapter;
		this.emailLinkingProviders = Set.copyOf(emailLinkingProviders);
		this.transaction = transaction;
	}

	/**
	 * Applies the rules, storing the user and the account as needed. The tokens of an account that was linked before
	 * are replaced by the new ones.
	 * @param signedIn the user of the browser's current session, or null
	 * @param profile who the provider says the person is
	 * @param account the provider account and its tokens
	 * @return the user to continue as, and what happened
	 * @throws OAuthSignInException if the rules refuse the sign-in
	 */
	public Result signIn(@Nullable AdapterUser signedIn, ProviderProfile profile, ProviderAccount account) {
		return this.transaction.execute(() -> apply(signedIn, profile, account));
	}

	private Result apply(@Nullable AdapterUser signedIn, ProviderProfile profile, ProviderAccount account) {
		Optional<AdapterUser> owner = this.adapter.getUserByAccount(account.provider(), account.providerAccountId());
		if (owner.isPresent()) {
			AdapterUser user = owner.get();
			if (signedIn != null && !idOf(signedIn).equals(idOf(user))) {
				throw new OAuthSignInException(OAuthSignInError.ACCOUNT_LINKED_TO_ANOTHER_USER,
						"The " + account.provider() + " account is linked to another user");
			}
			this.adapter.updateAccount(account.toAdapterAccount(idOf(user)));
			return new Result(user, Outcome.SIGNED_IN, signedIn == null);
		}
		if (signedIn != null) {
			link(signedIn, account);
			return new Result(signedIn, Outcome.LINKED, false);
		}
		Optional<AdapterUser> sameEmail = (profile.email() != null) ? this.adapter.getUserByEmail(profile.email())
				: Optional.empty();
		if (sameEmail.isPresent()) {
			if (!this.emailLinkingProviders.contains(account.provider())) {
				throw notLinked(account);
			}
			link(sameEmail.get(), account);
			return new Result(sameEmail.get(), Outcome.LINKED, true);
		}
		AdapterUser created;
		try {
			created = this.adapter
				.createUser(new AdapterUser(null, profile.name(), profile.email(), null, profile.image()));
		}
		catch (EmailAlreadyInUseException ex) {
			// Another request registered the address in the meantime.
			throw notLinked(account);
		}
		try {
			link(created, account);
		}
		catch (OAuthSignInException | AdapterException ex) {
			// The same provider account signed up twice at once, and the other request won and keeps its user; or the
			// account could not be stored, such as a token too long for its column. A transaction's rollback removes
			// ours.
			if (!this.transaction.rollsBack()) {
				this.adapter.deleteUser(idOf(created));
			}
			throw ex;
		}
		return new Result(created, Outcome.REGISTERED, true);
	}

	private void link(AdapterUser user, ProviderAccount account) {
		try {
			this.adapter.linkAccount(account.toAdapterAccount(idOf(user)));
		}
		catch (AccountAlreadyLinkedException ex) {
			throw new OAuthSignInException(OAuthSignInError.ACCOUNT_LINKED_TO_ANOTHER_USER,
					"The " + account.provider() + " account was linked by another request");
		}
	}

	private static OAuthSignInException notLinked(ProviderAccount account) {
		return new OAuthSignInException(OAuthSignInError.OAUTH_ACCOUNT_NOT_LINKED, "A user with the email address of "
				+ "the " + account.provider() + " account exists, and the account is not linked to it");
	}

	private static String idOf(AdapterUser user) {
		String id = user.id();
		if (id == null) {
			throw new IllegalStateException("A stored user always has an id");
		}
		return id;
	}

	/**
	 * What a sign-in did.
	 */
	public enum Outcome {

		/**
		 * The account was linked already; its user is signed in.
		 */
		SIGNED_IN,

		/**
		 * The account was linked to the signed-in user, or to the user with its email address.
		 */
		LINKED,

		/**
		 * A new user was created with the account.
		 */
		REGISTERED

	}

	/**
	 * The outcome of a sign-in.
	 *
	 * @param user the user to continue as
	 * @param outcome what happened
	 * @param newSession whether the browser needs a new session, because nobody was signed in
	 */
	public record Result(AdapterUser user, Outcome outcome, boolean newSession) {
	}

}
