package io.github.authadapter.oauth;

/**
 * Published when a provider refused to refresh the tokens of an account, because the person revoked the
 * application's access there or the refresh token expired: the account's tokens were cleared, and the person must
 * connect the provider again (sign in with it while signed in) before the application can call it for them.
 *
 * @param userId the id of the account's user
 * @param provider the registration id, the account's {@code provider}
 * @param providerAccountId the person's id at the provider
 * @param error the provider's OAuth error code, such as {@code invalid_grant}
 */
public record ProviderAccountDisconnectedEvent(String userId, String provider, String providerAccountId,
		String error) {
}
