package io.github.authadapter.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

/**
 * The tokens of a user's account of one provider, as Spring Security's {@link OAuth2AuthorizedClient} and back.
 */
final class AccountTokens {

	/**
	 * How long before its expiry an access token counts as expired, as Spring Security's refresh has it: a request
	 * must not reach the provider with a token that expires on the way.
	 */
	static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

	private AccountTokens() {
	}

	/**
	 * The user's account of the provider that holds an access token; of several, the first by provider account id.
	 */
	static Optional<AdapterAccount> find(Adapter adapter, String provider, String userId) {
		return adapter.listAccountsByUserId(userId)
			.stream()
			.filter((account) -> account.provider().equals(provider) && account.access_token() != null)
			.findFirst();
	}

	static OAuth2AuthorizedClient toClient(ClientRegistration registration, String principalName,
			AdapterAccount account) {
		Instant expiresAt = (account.expires_at() != null) ? Instant.ofEpochSecond(account.expires_at()) : null;
		OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
				account.access_token(), null, expiresAt, scopes(account.scope()));
		OAuth2RefreshToken refreshToken = (account.refresh_token() != null)
				? new OAuth2RefreshToken(account.refresh_token(), null) : null;
		return new OAuth2AuthorizedClient(registration, principalName, accessToken, refreshToken);
	}

	/**
	 * The account with the client's tokens. A provider that sends no new refresh token leaves the current one valid;
	 * the ID token and session state stay, as a refresh does not sign the person in again.
	 */
	static AdapterAccount withTokensOf(AdapterAccount account, OAuth2AuthorizedClient client) {
		OAuth2AccessToken accessToken = client.getAccessToken();
		OAuth2RefreshToken refreshToken = client.getRefreshToken();
		String scope = String.join(" ", accessToken.getScopes());
		return new AdapterAccount(account.userId(), account.type(), account.provider(), account.providerAccountId(),
				(refreshToken != null) ? refreshToken.getTokenValue() : account.refresh_token(),
				accessToken.getTokenValue(),
				(accessToken.getExpiresAt() != null) ? accessToken.getExpiresAt().getEpochSecond() : null, "bearer",
				scope.isEmpty() ? account.scope() : scope, account.id_token(), account.session_state(),
				account.attributes());
	}

	/**
	 * The account without its access and refresh tokens: the provider no longer honours them, and the person must
	 * connect the provider again.
	 */
	static AdapterAccount withoutTokens(AdapterAccount account) {
		return new AdapterAccount(account.userId(), account.type(), account.provider(), account.providerAccountId(),
				null, null, null, account.token_type(), account.scope(), account.id_token(), account.session_state(),
				account.attributes());
	}

	static boolean expiresSoon(AdapterAccount account, Clock clock) {
		return account.expires_at() != null
				&& !clock.instant().plus(CLOCK_SKEW).isBefore(Instant.ofEpochSecond(account.expires_at()));
	}

	private static Set<String> scopes(@Nullable String scope) {
		if (scope == null || scope.isBlank()) {
			return Set.of();
		}
		return new LinkedHashSet<>(Arrays.asList(scope.trim().split("[\\s,]+")));
	}

}
