package io.github.authadapter.oauth;

import java.io.IOException;

import io.github.authadapter.web.SignInFailedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a browser whose OAuth sign-in failed, for example because the person declined at the provider or the
 * authorization request expired, to the error page, never to a stack trace, and publishes a {@link SignInFailedEvent}.
 */
public class OAuthSignInFailureHandler implements AuthenticationFailureHandler {

	private static final Log logger = LogFactory.getLog(OAuthSignInFailureHandler.class);

	private final ApplicationEventPublisher events;

	public OAuthSignInFailureHandler(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		OAuthSignInError error = OAuthSignInError.OAUTH_CALLBACK_ERROR;
		if (exception instanceof OAuth2AuthenticationException oauth) {
			if (OAuth2ErrorCodes.ACCESS_DENIED.equals(oauth.getError().getErrorCode())) {
				error = OAuthSignInError.ACCESS_DENIED;
			}
			// Error codes and descriptions come from the provider or Spring Security and carry no tokens.
			logger.info("OAuth sign-in failed at " + request.getRequestURI() + ": " + oauth.getError().getErrorCode()
					+ ((oauth.getError().getDescription() != null) ? " (" + oauth.getError().getDescription() + ")"
							: ""));
		}
		else {
			logger.info("OAuth sign-in failed at " + request.getRequestURI() + ": " + exception.getMessage());
		}
		this.events.publishEvent(SignInFailedEvent.byOAuth(registrationId(request), error.code()));
		redirectToErrorPage(request, response, error);
	}

	/**
	 * The provider of the callback, which the login filter only handles for registered providers.
	 */
	private static String registrationId(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String prefix = OAuthRoutes.CALLBACK_BASE + "/";
		return (path.startsWith(prefix) && path.length() > prefix.length()) ? path.substring(prefix.length())
				: "unknown";
	}

	static void redirectToErrorPage(HttpServletRequest request, HttpServletResponse response, OAuthSignInError error) {
		response.setStatus(HttpStatus.FOUND.value());
		response.setHeader("Location", request.getContextPath() + OAuthRoutes.ERROR + "?error=" + error.code());
	}

}
