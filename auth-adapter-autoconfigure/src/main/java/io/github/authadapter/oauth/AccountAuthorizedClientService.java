package io.github.authadapter.oauth;

import java.util.Optional;

import io.github.authadapter.Adapter;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Spring Security's authorized clients on the accounts table: the client of registration {@code github} for a signed-in
 * user is the user's {@code github} account with its stored tokens, and saving a client writes its tokens to that
 * row. The principal name is the user's id, as the starter's session authentications name it. Removing a client
 * clears the account's tokens and keeps the account, so that the user can still sign in with the provider.
 */
public class AccountAuthorizedClientService implements OAuth2AuthorizedClientService {

	private final Adapter adapter;

	private final ClientRegistrationRepository registrations;

	public AccountAuthorizedClientService(Adapter adapter, ClientRegistrationRepository registrations) {
		this.adapter = adapter;
		this.registrations = registrations;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(String clientRegistrationId,
			String principalName) {
		ClientRegistration registration = this.registrations.findByRegistrationId(clientRegistrationId);
		if (registration == null) {
			return null;
		}
		return (T) AccountTokens.find(this.adapter, clientRegistrationId, principalName)
			.map((account) -> AccountTokens.toClient(registration, principalName, account))
			.orElse(null);
	}

	@Override
	public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal) {
		String provider = authorizedClient.getClientRegistration().getRegistrationId();
		AccountTokens.find(this.adapter, provider, principal.getName())
			.ifPresent((account) -> this.adapter.updateAccountTokens(provider, account.providerAccountId(),
					(current) -> Optional.of(AccountTokens.withTokensOf(current, authorizedClient))));
	}

	@Override
	public void removeAuthorizedClient(String clientRegistrationId, String principalName) {
		AccountTokens.find(this.adapter, clientRegistrationId, principalName)
			.ifPresent((account) -> this.adapter.updateAccountTokens(clientRegistrationId,
					account.providerAccountId(), (current) -> Optional.of(AccountTokens.withoutTokens(current))));
	}

}
