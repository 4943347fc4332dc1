package io.github.authadapter.sample;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.oauth.AccountLinks;
import io.github.authadapter.oauth.OAuthProviders;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The sign-in providers for the pages: buttons on the home page, and linked accounts with "unlink" and "connect" on
 * the account page. Without configured providers there are none, and the pages show email sign-in only.
 */
@Component
class SignInProviders {

	private final Adapter adapter;

	private final ObjectProvider<OAuthProviders> providers;

	private final ObjectProvider<AccountLinks> accountLinks;

	SignInProviders(Adapter adapter, ObjectProvider<OAuthProviders> providers,
			ObjectProvider<AccountLinks> accountLinks) {
		this.adapter = adapter;
		this.providers = providers;
		this.accountLinks = accountLinks;
	}

	/**
	 * The configured providers, for sign-in buttons.
	 */
	List<OAuthProviders.Provider> all() {
		OAuthProviders providers = this.providers.getIfAvailable();
		return (providers != null) ? providers.list() : List.of();
	}

	/**
	 * The user's linked accounts, and whether each may be unlinked.
	 */
	List<AccountRow> accountsOf(AdapterUser user) {
		AccountLinks links = this.accountLinks.getIfAvailable();
		List<AdapterAccount> accounts = (links != null) ? links.list(user)
				: this.adapter.listAccountsByUserId(String.valueOf(user.id()));
		return accounts.stream()
			.map((account) -> new AccountRow(account.provider(), nameOf(account.provider()), account.type(),
					account.providerAccountId(), links != null && links.canUnlink(user, account)))
			.toList();
	}

	/**
	 * The providers the user has no account with yet, to connect one.
	 */
	List<OAuthProviders.Provider> notLinkedTo(AdapterUser user) {
		Set<String> linked = this.adapter.listAccountsByUserId(String.valueOf(user.id()))
			.stream()
			.map(AdapterAccount::provider)
			.collect(Collectors.toSet());
		return all().stream().filter((provider) -> !linked.contains(provider.id())).toList();
	}

	private String nameOf(String provider) {
		return all().stream()
			.filter((candidate) -> candidate.id().equals(provider))
			.map(OAuthProviders.Provider::name)
			.findFirst()
			.orElse(provider);
	}

	/**
	 * A linked account as the account page lists it.
	 *
	 * @param provider the provider id, which the unlink form posts
	 * @param name the provider's name to show
	 * @param type {@code oidc}, {@code oauth} or another Auth.js account type
	 * @param providerAccountId the user's id at the provider, which the unlink form posts
	 * @param unlinkable whether the user could still sign in without it
	 */
	record AccountRow(String provider, String name, String type, String providerAccountId, boolean unlinkable) {
	}

}
