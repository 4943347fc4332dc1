package io.github.authadapter.oauth;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.RequestEntity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestOperations;

/**
 * Reads a GitHub user's email address from {@code /user/emails}, as Auth.js's GitHub provider does: the profile has
 * none when the person keeps the address private.
 */
class GitHubEmails {

	private static final Log logger = LogFactory.getLog(GitHubEmails.class);

	private static final ParameterizedTypeReference<List<Map<String, Object>>> EMAILS = new ParameterizedTypeReference<>() {
	};

	private final RestOperations rest;

	GitHubEmails(RestOperations rest) {
		this.rest = rest;
	}

	/**
	 * Whether the registration's user-info endpoint is GitHub's, on github.com or GitHub Enterprise Server.
	 */
	static boolean appliesTo(ClientRegistration registration) {
		String userInfoUri = registration.getProviderDetails().getUserInfoEndpoint().getUri();
		return userInfoUri != null
				&& (userInfoUri.equals("https://api.github.com/user") || userInfoUri.endsWith("/api/v3/user"));
	}

	/**
	 * The primary address, or else the first one; empty if GitHub lists none or refuses, for example because the
	 * {@code user:email} scope was not granted.
	 */
	Optional<String> primaryEmail(ClientRegistration registration, OAuth2AccessToken accessToken) {
		String uri = registration.getProviderDetails().getUserInfoEndpoint().getUri() + "/emails";
		RequestEntity<Void> request = RequestEntity.method(HttpMethod.GET, uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken.getTokenValue())
			.header(HttpHeaders.ACCEPT, "application/vnd.github+json")
			.build();
		List<Map<String, Object>> emails;
		try {
			emails = this.rest.exchange(request, EMAILS).getBody();
		}
		catch (RestClientException ex) {
			logger.debug("GitHub did not list the user's email addresses: " + ex.getMessage());
			return Optional.empty();
		}
		if (emails == null || emails.isEmpty()) {
			return Optional.empty();
		}
		return emails.stream()
			.filter((email) -> Boolean.TRUE.equals(email.get("primary")))
			.findFirst()
			.or(() -> Optional.of(emails.get(0)))
			.map((email) -> email.get("email"))
			.filter(String.class::isInstance)
			.map(String.class::cast);
	}

}
