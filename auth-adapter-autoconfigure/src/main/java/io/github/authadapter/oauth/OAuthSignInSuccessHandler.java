package io.github.authadapter.oauth;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

import io.github.authadapter.AdapterException;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.web.AuthJsCsrfTokenRepository;
import io.github.authadapter.web.CallbackUrl;
import io.github.authadapter.web.SignIn;
import io.github.authadapter.web.SignInFailedEvent;
import io.github.authadapter.web.SignInMethod;
import io.github.authadapter.web.SignInSessions;
import io.github.authadapter.web.SignInTransaction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Finishes an OAuth sign-in the Auth.js way once Spring Security's {@code OAuth2LoginAuthenticationFilter} has
 * verified the provider's answer through the {@code AuthenticationManager}: applies {@link OAuthSignIn}'s rules,
 * stores the account with its tokens, starts a session through {@link SignInSessions} when nobody was signed in, and
 * returns to the {@code callbackUrl}. The rules and the new session are one transaction. A refusal publishes a
 * {@link SignInFailedEvent}.
 * <p>
 * Who was signed in before comes from the session cookie's own authentication, which ran through the
 * {@code AuthenticationManager} earlier in the chain: by the time a success handler runs, Spring Security has
 * replaced the security context with the provider's authentication, so the handler reads it from
 * {@link SignInSessions#signedInUser(HttpServletRequest)}.
 */
public class OAuthSignInSuccessHandler implements AuthenticationSuccessHandler {

	private static final Log logger = LogFactory.getLog(OAuthSignInSuccessHandler.class);

	private final OAuthSignIn signIn;

	private final OAuth2AuthorizedClientRepository authorizedClients;

	private final AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests;

	private final SignInSessions sessions;

	private final ApplicationEventPublisher events;

	private final SignInTransaction transaction;

	/**
	 * Creates the handler.
	 * @param signIn Auth.js's rules
	 * @param authorizedClients where the login filter left the provider's tokens
	 * @param authorizationRequests where the sign-in's {@code callbackUrl} waits
	 * @param sessions starts the session of a new sign-in
	 * @param events where a refusal is announced
	 * @param transaction how the user, the account and the session are written as one unit
	 */
	public OAuthSignInSuccessHandler(OAuthSignIn signIn, OAuth2AuthorizedClientRepository authorizedClients,
			AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests, SignInSessions sessions,
			ApplicationEventPublisher events, SignInTransaction transaction) {
		this.signIn = signIn;
		this.authorizedClients = authorizedClients;
		this.authorizationRequests = authorizationRequests;
		this.sessions = sessions;
		this.events = events;
		this.transaction = transaction;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
		String registrationId = token.getAuthorizedClientRegistrationId();
		OAuth2AuthorizedClient client = this.authorizedClients.loadAuthorizedClient(registrationId, authentication,
				request);
		this.authorizedClients.removeAuthorizedClient(registrationId, authentication, request, response);
		if (client == null) {
			throw new IllegalStateException("No authorized client for '" + registrationId
					+ "': apply RequestAttributeAuthorizedClientRepository to oauth2Login");
		}
		String callbackUrl = callbackUrl(request);
		AdapterUser current = SignInSessions.signedInUser(request).orElse(null);
		boolean newSession;
		try {
			newSession = this.transaction.execute(() -> {
				OAuthSignIn.Result result = this.signIn.signIn(current,
						AuthJsProviders.profile(client.getClientRegistration(), token.getPrincipal(),
								request::getParameter),
						account(token, client, request));
				if (result.newSession()) {
					this.sessions.start(SignIn.of(result.user(), SignInMethod.OAUTH, registrationId, authentication),
							request, response);
				}
				return result.newSession();
			});
		}
		catch (OAuthSignInException ex) {
			logger.info("OAuth sign-in with " + registrationId + " refused: " + ex.getMessage());
			this.events.publishEvent(SignInFailedEvent.byOAuth(registrationId, ex.getError().code()));
			OAuthSignInFailureHandler.redirectToErrorPage(request, response, ex.getError());
			return;
		}
		catch (AdapterException | IllegalArgumentException ex) {
			// For example a profile without an id, or a user deleted during sign-in; the messages carry no tokens.
			logger.warn("OAuth sign-in with " + registrationId + " failed: " + ex.getMessage());
			this.events.publishEvent(
					SignInFailedEvent.byOAuth(registrationId, OAuthSignInError.OAUTH_CALLBACK_ERROR.code()));
			OAuthSignInFailureHandler.redirectToErrorPage(request, response, OAuthSignInError.OAUTH_CALLBACK_ERROR);
			return;
		}
		if (newSession) {
			AuthJsCsrfTokenRepository.expire(request, response);
		}
		response.setStatus(HttpStatus.FOUND.value());
		response.setHeader("Location", request.getContextPath() + callbackUrl);
	}

	private String callbackUrl(HttpServletRequest request) {
		// The filter removed the request from the cookie for this response, but the browser sent it with this one.
		OAuth2AuthorizationRequest authorizationRequest = this.authorizationRequests.loadAuthorizationRequest(request);
		Object callbackUrl = (authorizationRequest != null)
				? authorizationRequest.getAttribute(AuthJsAuthorizationRequestResolver.CALLBACK_URL_ATTRIBUTE) : null;
		return CallbackUrl.sameSite((callbackUrl instanceof String text) ? text : null);
	}

	static ProviderAccount account(OAuth2AuthenticationToken token, OAuth2AuthorizedClient client,
			HttpServletRequest request) {
		OAuth2User user = token.getPrincipal();
		OAuth2AccessToken accessToken = client.getAccessToken();
		OAuth2RefreshToken refreshToken = client.getRefreshToken();
		Instant expiresAt = accessToken.getExpiresAt();
		String scope = String.join(" ", accessToken.getScopes());
		return new ProviderAccount((user instanceof OidcUser) ? "oidc" : "oauth",
				token.getAuthorizedClientRegistrationId(), user.getName(),
				(refreshToken != null) ? refreshToken.getTokenValue() : null, accessToken.getTokenValue(),
				(expiresAt != null) ? expiresAt.getEpochSecond() : null,
				accessToken.getTokenType().getValue().toLowerCase(Locale.ROOT), scope.isEmpty() ? null : scope,
				(user instanceof OidcUser oidcUser) ? oidcUser.getIdToken().getTokenValue() : null,
				nonBlank(request.getParameter("session_state")));
	}

	private static @Nullable String nonBlank(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
