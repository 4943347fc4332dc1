package io.github.authadapter.oauth;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterException;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.session.AdapterSessionAuthentication;
import io.github.authadapter.session.SessionCookies;
import io.github.authadapter.session.SessionLifetime;
import io.github.authadapter.session.SessionTokenAuthenticationProvider;
import io.github.authadapter.session.SessionTokenAuthenticationToken;
import io.github.authadapter.session.SessionTokenGenerator;
import io.github.authadapter.web.AuthJsCsrfTokenRepository;
import io.github.authadapter.web.CallbackUrl;
import io.github.authadapter.web.SignInFailedEvent;
import io.github.authadapter.web.SignInSucceededEvent;
import io.github.authadapter.web.SignInTransaction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
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
 * Finishes an OAuth sign-in the Auth.js way once Spring Security has verified the provider's answer: applies
 * {@link OAuthSignIn}'s rules, stores the account with its tokens, starts a database session with the Auth.js
 * session cookie when nobody was signed in, and returns to the {@code callbackUrl}. A new session publishes a
 * {@link SignInSucceededEvent}, a refusal a {@link SignInFailedEvent}.
 */
public class OAuthSignInSuccessHandler implements AuthenticationSuccessHandler {

	private static final Log logger = LogFactory.getLog(OAuthSignInSuccessHandler.class);

	private final OAuthSignIn signIn;

	private final Adapter adapter;

	private final OAuth2AuthorizedClientRepository authorizedClients;

	private final AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests;

	private final SessionTokenAuthenticationProvider sessions;

	private final SessionLifetime lifetime;

	private final SessionTokenGenerator sessionTokens;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final SignInTransaction transaction;

	public OAuthSignInSuccessHandler(OAuthSignIn signIn, Adapter adapter,
			OAuth2AuthorizedClientRepository authorizedClients,
			AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests,
			SessionTokenAuthenticationProvider sessions, SessionLifetime lifetime, SessionTokenGenerator sessionTokens,
			Clock clock, ApplicationEventPublisher events, SignInTransaction transaction) {
		this.signIn = signIn;
		this.adapter = adapter;
		this.authorizedClients = authorizedClients;
		this.authorizationRequests = authorizationRequests;
		this.sessions = sessions;
		this.lifetime = lifetime;
		this.sessionTokens = sessionTokens;
		this.clock = clock;
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
		Optional<AdapterSessionAuthentication> current = currentSession(request);
		SignedIn signedIn;
		try {
			signedIn = this.transaction.execute(() -> {
				OAuthSignIn.Result result = this.signIn.signIn(
						current.map(AdapterSessionAuthentication::getPrincipal).orElse(null),
						ProviderProfile.from(token.getPrincipal()), account(token, client, request));
				return new SignedIn(result, result.newSession() ? startSession(request, result.user()) : null);
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
		AdapterSession session = signedIn.session();
		if (session != null) {
			SessionCookies.write(request, response, session.sessionToken(), session.expires(), this.clock.instant());
			AuthJsCsrfTokenRepository.expire(request, response);
			this.events.publishEvent(SignInSucceededEvent.byOAuth(registrationId, signedIn.result().user()));
		}
		response.setStatus(HttpStatus.FOUND.value());
		response.setHeader("Location", request.getContextPath() + callbackUrl);
	}

	/**
	 * What the sign-in's transaction wrote: the outcome, and the new session if the browser needs one.
	 */
	private record SignedIn(OAuthSignIn.Result result, @Nullable AdapterSession session) {
	}

	private AdapterSession startSession(HttpServletRequest request, AdapterUser user) {
		// A session this browser had before, maybe expired, ends with the new sign-in.
		SessionCookies.read(request).ifPresent(this.adapter::deleteSession);
		return this.adapter.createSession(new AdapterSession(this.sessionTokens.generateSessionToken(), idOf(user),
				this.lifetime.expiresFrom(this.clock.instant())));
	}

	private Optional<AdapterSessionAuthentication> currentSession(HttpServletRequest request) {
		Optional<String> sessionToken = SessionCookies.read(request);
		if (sessionToken.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.sessions.authenticate(new SessionTokenAuthenticationToken(sessionToken.get())));
		}
		catch (AuthenticationException ex) {
			return Optional.empty();
		}
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

	private static String idOf(AdapterUser user) {
		String id = user.id();
		if (id == null) {
			throw new IllegalStateException("A stored user always has an id");
		}
		return id;
	}

}
