package io.github.authadapter.oauth;

import java.util.List;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.AdapterUser;

/**
 * The accounts linked to a user, and unlinking them without locking the user out: the last way to sign in, a linked
 * account or an email address that sign-in links can be sent to, is never removed.
 */
public class AccountLinks {

	private final Adapter adapter;

	private final boolean emailSignInEnabled;

	/**
	 * Creates the service.
	 * @param adapter where accounts are stored
	 * @param emailSignInEnabled whether users can sign in with a link sent to their email address
	 */
	public AccountLinks(Adapter adapter, boolean emailSignInEnabled) {
		this.adapter = adapter;
		this.emailSignInEnabled = emailSignInEnabled;
	}

	/**
	 * The user's linked accounts, by provider.
	 */
	public List<AdapterAccount> list(AdapterUser user) {
		return this.adapter.listAccountsByUserId(idOf(user));
	}

	/**
	 * Whether the user could still sign in after unlinking the account.
	 */
	public boolean canUnlink(AdapterUser user, AdapterAccount account) {
		List<AdapterAccount> accounts = list(user);
		long others = accounts.stream().filter((linked) -> !sameAccount(linked, account)).count();
		return others > 0 || (this.emailSignInEnabled && user.email() != null);
	}

	/**
	 * Unlinks one of the user's accounts. Accounts of other users, and unknown ones, are left alone.
	 * @return whether an account was unlinked
	 * @throws LastSignInMethodException if it is the user's last way to sign in
	 */
	public boolean unlink(AdapterUser user, String provider, String providerAccountId) {
		AdapterAccount account = list(user).stream()
			.filter((linked) -> linked.provider().equals(provider)
					&& linked.providerAccountId().equals(providerAccountId))
			.findFirst()
			.orElse(null);
		if (account == null) {
			return false;
		}
		if (!canUnlink(user, account)) {
			throw new LastSignInMethodException(provider);
		}
		this.adapter.unlinkAccount(provider, providerAccountId);
		return true;
	}

	private static boolean sameAccount(AdapterAccount first, AdapterAccount second) {
		return first.provider().equals(second.provider())
				&& first.providerAccountId().equals(second.providerAccountId());
	}

	private static String idOf(AdapterUser user) {
		String id = user.id();
		if (id == null) {
			throw new IllegalArgumentException("user must be a stored user with an id");
		}
		return id;
	}

}
