package io.github.authadapter.email;

import java.io.IOException;

import io.github.authadapter.web.CallbackUrl;
import io.github.authadapter.web.ReturnRedirect;
import io.github.authadapter.web.TrustedBaseUrl;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;

/**
 * What {@code POST /api/auth/signin/email} does once its token is stored: sends the link through the
 * {@link MagicLinkSender}, built on the trusted address of the application with the form's {@code callbackUrl}, and
 * shows the "check your email" page. A sender that fails gets a 503 page. Auth.js's browser client, which sends
 * {@value ReturnRedirect#HEADER}, gets the address of either page as JSON instead, the failure as the sign-in page with
 * Auth.js's {@code ?error=EmailSignin}.
 */
public final class MagicLinkSendingHandler implements OneTimeTokenGenerationSuccessHandler {

	private static final Log logger = LogFactory.getLog(MagicLinkSendingHandler.class);

	private final EmailSignIn emailSignIn;

	private final TrustedBaseUrl baseUrl;

	private final EmailSignInAnswers answers;

	public MagicLinkSendingHandler(EmailSignIn emailSignIn, TrustedBaseUrl baseUrl, EmailSignInAnswers answers) {
		this.emailSignIn = emailSignIn;
		this.baseUrl = baseUrl;
		this.answers = answers;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token)
			throws IOException {
		try {
			this.emailSignIn.send(token, this.baseUrl.resolve(request),
					CallbackUrl.sameSite(request, request.getParameter("callbackUrl")));
		}
		catch (MagicLinkDeliveryException ex) {
			logger.warn(ex.getMessage(), ex.getCause());
			if (ReturnRedirect.requested(request)) {
				ReturnRedirect.send(response, HttpStatus.SERVICE_UNAVAILABLE.value(), this.answers.absolute(request,
						this.answers.locations().signIn() + "?error=" + EmailSignInController.INVALID_EMAIL_ERROR));
				return;
			}
			this.answers.error(request, response, HttpStatus.SERVICE_UNAVAILABLE, "We could not send the email",
					"Sending sign-in links is not working at the moment. Please try again in a few minutes.");
			return;
		}
		if (ReturnRedirect.requested(request)) {
			// Auth.js's own address of the page, with its parameters.
			ReturnRedirect.send(response, HttpStatus.OK.value(), this.answers.absolute(request,
					this.answers.locations().verifyRequest() + "?provider=email&type=email"));
			return;
		}
		EmailSignInAnswers.redirect(request, response, this.answers.locations().verifyRequest());
	}

}
