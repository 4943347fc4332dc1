package io.github.authadapter.test.oauth;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;

/**
 * The claims that an authorization request asks to find in the ID token with the {@code claims} parameter of OpenID
 * Connect Core 5.5: the names in its {@code id_token} member.
 */
final class RequestedClaims {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RequestedClaims() {
	}

	/**
	 * The names, none where the request had no {@code claims} parameter or one that is not a JSON object.
	 */
	static Set<String> ofIdToken(@Nullable OAuth2Authorization authorization) {
		OAuth2AuthorizationRequest request = (authorization != null)
				? authorization.getAttribute(OAuth2AuthorizationRequest.class.getName()) : null;
		Object parameter = (request != null) ? request.getAdditionalParameters().get("claims") : null;
		if (!(parameter instanceof String text)) {
			return Set.of();
		}
		JsonNode idToken;
		try {
			idToken = JSON.readTree(text).path("id_token");
		}
		catch (RuntimeException ex) {
			// A claims parameter that is no JSON asks for nothing, as far as this server is concerned.
			return Set.of();
		}
		return new LinkedHashSet<>(idToken.propertyNames());
	}

}
