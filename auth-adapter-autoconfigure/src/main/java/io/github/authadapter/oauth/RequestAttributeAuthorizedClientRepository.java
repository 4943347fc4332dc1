package io.github.authadapter.oauth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * Keeps the tokens of a sign-in for the rest of its request only, for {@link OAuthSignInSuccessHandler} to store them
 * in the accounts table. Unlike Spring Security's default, nothing stays in memory or in an HTTP session.
 */
public class RequestAttributeAuthorizedClientRepository implements OAuth2AuthorizedClientRepository {

	private static final String ATTRIBUTE = RequestAttributeAuthorizedClientRepository.class.getName() + ".CLIENT";

	@Override
	@SuppressWarnings("unchecked")
	public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(String clientRegistrationId,
			@Nullable Authentication principal, HttpServletRequest request) {
		Object client = request.getAttribute(ATTRIBUTE);
		if (client instanceof OAuth2AuthorizedClient authorizedClient
				&& authorizedClient.getClientRegistration().getRegistrationId().equals(clientRegistrationId)) {
			return (T) authorizedClient;
		}
		return null;
	}

	@Override
	public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, @Nullable Authentication principal,
			HttpServletRequest request, HttpServletResponse response) {
		request.setAttribute(ATTRIBUTE, authorizedClient);
	}

	@Override
	public void removeAuthorizedClient(String clientRegistrationId, @Nullable Authentication principal,
			HttpServletRequest request, HttpServletResponse response) {
		if (loadAuthorizedClient(clientRegistrationId, principal, request) != null) {
			request.removeAttribute(ATTRIBUTE);
		}
	}

}
