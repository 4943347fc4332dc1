package io.github.authadapter.oauth;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.convert.converter.Converter;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.core.endpoint.DefaultMapOAuth2AccessTokenResponseConverter;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * Reads a token response as Spring Security does, but for a {@code scope} that the provider sends as a JSON array
 * (Twitch does) in place of the space-separated string of RFC 6749: its items are joined with spaces, as Auth.js's
 * Twitch provider joins them, so that the granted scopes are {@code openid} and {@code user:read:email} and the
 * account's {@code scope} is {@code openid user:read:email}, not the text of the array, which Spring Security would
 * split into {@code [openid,} and {@code user:read:email]}.
 */
final class ScopeArrayTokenResponses implements Converter<Map<String, Object>, OAuth2AccessTokenResponse> {

	private final Converter<Map<String, Object>, OAuth2AccessTokenResponse> standard;

	private ScopeArrayTokenResponses() {
		this.standard = new DefaultMapOAuth2AccessTokenResponseConverter();
	}

	/**
	 * A client for token requests with Spring Security's message converters and error handling, whose token
	 * responses are read by this converter.
	 */
	static RestClient restClient() {
		return RestClient.builder()
			.configureMessageConverters((converters) -> converters.addCustomConverter(new FormHttpMessageConverter())
				.addCustomConverter(tokenResponseConverter()))
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build();
	}

	private static OAuth2AccessTokenResponseHttpMessageConverter tokenResponseConverter() {
		OAuth2AccessTokenResponseHttpMessageConverter converter = new OAuth2AccessTokenResponseHttpMessageConverter();
		converter.setAccessTokenResponseConverter(new ScopeArrayTokenResponses());
		return converter;
	}

	@Override
	public OAuth2AccessTokenResponse convert(Map<String, Object> source) {
		if (!(source.get(OAuth2ParameterNames.SCOPE) instanceof Collection<?> scopes)) {
			return this.standard.convert(source);
		}
		Map<String, Object> joined = new LinkedHashMap<>(source);
		joined.put(OAuth2ParameterNames.SCOPE,
				scopes.stream().map(String::valueOf).collect(Collectors.joining(" ")));
		return this.standard.convert(joined);
	}

}
