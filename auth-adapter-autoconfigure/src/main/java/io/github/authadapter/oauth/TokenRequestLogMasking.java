package io.github.authadapter.oauth;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.util.MultiValueMap;

/**
 * Keeps the authorization code, the PKCE code verifier, the refresh token and the client secret of a token request
 * out of the log.
 * Spring's {@code RestClient} prints the form it sends at debug level by its {@code toString()}; the values of these
 * parameters print as {@code [hidden]} and are sent unchanged.
 */
final class TokenRequestLogMasking implements Consumer<MultiValueMap<String, String>> {

	private static final Set<String> SECRET_PARAMETERS = Set.of("code", "code_verifier", "client_secret",
			"refresh_token", "client_assertion");

	/**
	 * The client that exchanges the authorization code for tokens, as Spring Security's default, with this masking
	 * and a {@code scope} array read as Auth.js reads it ({@link ScopeArrayTokenResponses}).
	 */
	static RestClientAuthorizationCodeTokenResponseClient authorizationCodeClient() {
		RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
		client.setRestClient(ScopeArrayTokenResponses.restClient());
		client.setParametersCustomizer(new TokenRequestLogMasking());
		return client;
	}

	/**
	 * The client that refreshes an access token, as Spring Security's default, with this masking and a
	 * {@code scope} array read as Auth.js reads it.
	 */
	static RestClientRefreshTokenTokenResponseClient refreshTokenClient() {
		RestClientRefreshTokenTokenResponseClient client = new RestClientRefreshTokenTokenResponseClient();
		client.setRestClient(ScopeArrayTokenResponses.restClient());
		client.setParametersCustomizer(new TokenRequestLogMasking());
		return client;
	}

	@Override
	public void accept(MultiValueMap<String, String> parameters) {
		for (String name : SECRET_PARAMETERS) {
			List<String> values = parameters.get(name);
			if (values != null) {
				parameters.put(name, new HiddenValues(values));
			}
		}
	}

	/**
	 * Values that the form converter writes as they are and that print as {@code [hidden]}.
	 */
	private static final class HiddenValues extends ArrayList<String> {

		private static final long serialVersionUID = 1L;

		HiddenValues(List<String> values) {
			super(values);
		}

		@Override
		public String toString() {
			return "[hidden]";
		}

	}

}
