package io.github.authadapter.email;

import java.io.IOException;

import io.github.authadapter.web.SignInFailedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Answers a sign-in link that does not work, used or expired or altered, with an error page and status 400, and
 * publishes a {@link SignInFailedEvent} with its reason. The DEBUG line says why, without the token.
 */
public final class EmailSignInFailureHandler implements AuthenticationFailureHandler {

	private static final Log logger = LogFactory.getLog(EmailSignInFailureHandler.class);

	private final EmailSignInAnswers answers;

	private final ApplicationEventPublisher events;

	public EmailSignInFailureHandler(EmailSignInAnswers answers, ApplicationEventPublisher events) {
		this.answers = answers;
		this.events = events;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		logger.debug("Sign-in link rejected: " + exception.getMessage());
		this.events.publishEvent(SignInFailedEvent.byEmail((exception instanceof InvalidSignInLinkException invalid)
				? invalid.getReason() : InvalidSignInLinkException.INVALID_LINK));
		this.answers.error(request, response, HttpStatus.BAD_REQUEST, "This sign-in link does not work",
				"It may have been used already, or it has expired, or it was cut short when copied. "
						+ "Each link works once, for a limited time. Ask for a new one.");
	}

}
