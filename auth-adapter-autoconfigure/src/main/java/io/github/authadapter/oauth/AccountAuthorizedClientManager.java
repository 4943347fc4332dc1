package io.github.authadapter.oauth;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizationContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.RefreshTokenOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

/**
 * The signed-in user's tokens for calling a provider, as Spring Security's {@code OAuth2ClientHttpRequestInterceptor}
 * asks for them: the access token of the user's account of that provider, refreshed with the stored refresh token
 * when it expires. A refresh holds the account's row lock ({@link Adapter#updateAccountTokens}) from reading the
 * refresh token to writing the new tokens, so that of two concurrent requests only the first refreshes and the
 * second uses its result: a provider that rotates refresh tokens would refuse the second use of the old one.
 * <p>
 * A user without an account of the provider, or whose tokens were cleared, gets a
 * {@link ClientAuthorizationRequiredException}, which the starter's filter chain answers by sending the browser to
 * the provider to connect it again. A refresh that the provider refuses with {@code invalid_grant} clears the
 * account's tokens, publishes a {@link ProviderAccountDisconnectedEvent} and ends the same way.
 */
public class AccountAuthorizedClientManager implements OAuth2AuthorizedClientManager {

	private static final Log logger = LogFactory.getLog(AccountAuthorizedClientManager.class);

	private final ClientRegistrationRepository registrations;

	private final Adapter adapter;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RefreshTokenOAuth2AuthorizedClientProvider refresh = new RefreshTokenOAuth2AuthorizedClientProvider();

	/**
	 * Creates the manager.
	 * @param registrations the registrations, named as the accounts' providers
	 * @param adapter where the accounts are stored
	 * @param events where a disconnected account is announced
	 * @param clock the clock that tells an expired access token
	 */
	public AccountAuthorizedClientManager(ClientRegistrationRepository registrations, Adapter adapter,
			ApplicationEventPublisher events, Clock clock) {
		this.registrations = registrations;
		this.adapter = adapter;
		this.events = events;
		this.clock = clock;
		this.refresh.setClock(clock);
		this.refresh.setClockSkew(AccountTokens.CLOCK_SKEW);
		this.refresh.setAccessTokenResponseClient(TokenRequestLogMasking.refreshTokenClient());
	}

	@Override
	public @Nullable OAuth2AuthorizedClient authorize(OAuth2AuthorizeRequest request) {
		String provider = request.getClientRegistrationId();
		ClientRegistration registration = this.registrations.findByRegistrationId(provider);
		if (registration == null) {
			throw new IllegalArgumentException("No client registration '" + provider + "'");
		}
		Authentication principal = request.getPrincipal();
		AdapterAccount account = AccountTokens.find(this.adapter, provider, principal.getName())
			.orElseThrow(() -> new ClientAuthorizationRequiredException(provider));
		if (!AccountTokens.expiresSoon(account, this.clock) || account.refresh_token() == null) {
			return AccountTokens.toClient(registration, principal.getName(), account);
		}
		AtomicReference<OAuth2AuthorizationException> refused = new AtomicReference<>();
		AdapterAccount current = this.adapter
			.updateAccountTokens(provider, account.providerAccountId(),
					(locked) -> refreshed(registration, principal, locked, refused))
			.orElseThrow(() -> new ClientAuthorizationRequiredException(provider));
		if (refused.get() != null) {
			String error = refused.get().getError().getErrorCode();
			logger.info("The " + provider + " account of user " + account.userId()
					+ " was disconnected: the provider refused to refresh its tokens (" + error + ")");
			this.events.publishEvent(new ProviderAccountDisconnectedEvent(account.userId(), provider,
					account.providerAccountId(), error));
		}
		if (current.access_token() == null) {
			throw new ClientAuthorizationRequiredException(provider);
		}
		return AccountTokens.toClient(registration, principal.getName(), current);
	}

	/**
	 * The account with refreshed tokens, or empty when another request refreshed them while this one waited for the
	 * lock. The lock is held during the call to the provider.
	 */
	private Optional<AdapterAccount> refreshed(ClientRegistration registration, Authentication principal,
			AdapterAccount locked, AtomicReference<OAuth2AuthorizationException> refused) {
		if (locked.access_token() == null || locked.refresh_token() == null
				|| !AccountTokens.expiresSoon(locked, this.clock)) {
			return Optional.empty();
		}
		OAuth2AuthorizationContext context = OAuth2AuthorizationContext
			.withAuthorizedClient(AccountTokens.toClient(registration, principal.getName(), locked))
			.principal(principal)
			.build();
		try {
			OAuth2AuthorizedClient client = this.refresh.authorize(context);
			return (client != null) ? Optional.of(AccountTokens.withTokensOf(locked, client)) : Optional.empty();
		}
		catch (OAuth2AuthorizationException ex) {
			if (!OAuth2ErrorCodes.INVALID_GRANT.equals(ex.getError().getErrorCode())) {
				throw ex;
			}
			refused.set(ex);
			return Optional.of(AccountTokens.withoutTokens(locked));
		}
	}

}
