package io.github.authadapter.oauth;

import io.github.authadapter.AdapterAccount;
import org.jspecify.annotations.Nullable;

/**
 * An account at a provider with the token set of one sign-in, before it is linked to a user. Only the fields of
 * Auth.js's accounts table are kept, so that a provider's extra token response fields never get in the way.
 *
 * @param type {@code oidc} or {@code oauth}
 * @param provider the registration id, such as {@code github}
 * @param providerAccountId the person's id at the provider
 * @param refresh_token the refresh token, if the provider issued one
 * @param access_token the access token
 * @param expires_at when the access token expires, in seconds since the epoch
 * @param token_type the token type, lower-cased
 * @param scope the granted scopes, separated by spaces
 * @param id_token the OpenID Connect ID token
 * @param session_state the OpenID Connect session state
 */
public record ProviderAccount(String type, String provider, String providerAccountId, @Nullable String refresh_token,
		@Nullable String access_token, @Nullable Long expires_at, @Nullable String token_type, @Nullable String scope,
		@Nullable String id_token, @Nullable String session_state) {

	public ProviderAccount {
		requireText(type, "type");
		requireText(provider, "provider");
		requireText(providerAccountId, "providerAccountId");
	}

	/**
	 * This account as linked to the user.
	 */
	public AdapterAccount toAdapterAccount(String userId) {
		return new AdapterAccount(userId, this.type, this.provider, this.providerAccountId, this.refresh_token,
				this.access_token, this.expires_at, this.token_type, this.scope, this.id_token, this.session_state);
	}

	@Override
	public String toString() {
		return "ProviderAccount[type=" + this.type + ", provider=" + this.provider + ", providerAccountId="
				+ this.providerAccountId + ", tokens hidden]";
	}

	private static void requireText(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " must not be blank");
		}
	}

}
