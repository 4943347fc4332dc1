package io.github.authadapter;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An account with an OAuth, OIDC, email or WebAuthn provider, linked to a user. The token fields keep the
 * snake_case names that Auth.js and OAuth use.
 *
 * @param userId the id of the user the account belongs to
 * @param type {@code oauth}, {@code oidc}, {@code email} or {@code webauthn}
 * @param provider the provider id, such as {@code github}
 * @param providerAccountId the user's id at the provider
 * @param refresh_token the OAuth refresh token
 * @param access_token the OAuth access token
 * @param expires_at when the access token expires, in seconds since the epoch
 * @param token_type the token type, usually {@code bearer}
 * @param scope the granted scopes
 * @param id_token the OpenID Connect ID token
 * @param session_state the OpenID Connect session state
 * @param attributes the application's own fields, by the names of its entity's fields
 */
public record AdapterAccount(String userId, String type, String provider, String providerAccountId,
		@Nullable String refresh_token, @Nullable String access_token, @Nullable Long expires_at,
		@Nullable String token_type, @Nullable String scope, @Nullable String id_token,
		@Nullable String session_state, Map<String, @Nullable Object> attributes) {

	public AdapterAccount {
		Arguments.requireText(userId, "userId");
		Arguments.requireText(type, "type");
		Arguments.requireText(provider, "provider");
		Arguments.requireText(providerAccountId, "providerAccountId");
		Arguments.requireStorable(refresh_token, "refresh_token");
		Arguments.requireStorable(access_token, "access_token");
		Arguments.requireStorable(token_type, "token_type");
		Arguments.requireStorable(scope, "scope");
		Arguments.requireStorable(id_token, "id_token");
		Arguments.requireStorable(session_state, "session_state");
		attributes = Attributes.copyOf(attributes);
	}

	/**
	 * An account without fields of the application's own.
	 */
	public AdapterAccount(String userId, String type, String provider, String providerAccountId,
			@Nullable String refresh_token, @Nullable String access_token, @Nullable Long expires_at,
			@Nullable String token_type, @Nullable String scope, @Nullable String id_token,
			@Nullable String session_state) {
		this(userId, type, provider, providerAccountId, refresh_token, access_token, expires_at, token_type, scope,
				id_token, session_state, Map.of());
	}

	/**
	 * This account with the given fields of the application's own instead of its current ones.
	 */
	public AdapterAccount withAttributes(Map<String, ? extends @Nullable Object> attributes) {
		return new AdapterAccount(this.userId, this.type, this.provider, this.providerAccountId,
				this.refresh_token, this.access_token, this.expires_at, this.token_type, this.scope, this.id_token,
				this.session_state, Attributes.copyOf(attributes));
	}

	/**
	 * An account without tokens, such as an email or WebAuthn account.
	 */
	public static AdapterAccount withoutTokens(String userId, String type, String provider,
			String providerAccountId) {
		return new AdapterAccount(userId, type, provider, providerAccountId, null, null, null, null, null, null,
				null);
	}

	@Override
	public String toString() {
		return "AdapterAccount[userId=" + this.userId + ", type=" + this.type + ", provider=" + this.provider
				+ ", providerAccountId=" + this.providerAccountId + ", attributes=" + this.attributes
				+ ", tokens hidden]";
	}

}
