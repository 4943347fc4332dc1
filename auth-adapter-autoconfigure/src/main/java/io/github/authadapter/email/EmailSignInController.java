package io.github.authadapter.email;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.github.authadapter.ratelimit.SignInLinkRateLimitException;
import io.github.authadapter.web.AuthAdapterHttpConfigurer;
import io.github.authadapter.web.AuthJsCsrfTokenRepository;
import io.github.authadapter.web.AuthRoutes;
import io.github.authadapter.web.BuiltInPage;
import io.github.authadapter.web.CallbackUrl;
import io.github.authadapter.web.PageLocations;
import io.github.authadapter.web.TrustedBaseUrl;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The email sign-in endpoints of Auth.js: {@code POST /api/auth/signin/email} sends a link, and
 * {@code /api/auth/callback/email} confirms it, with a page on GET and the sign-in itself on POST. Also serves the
 * starter's own sign-in and "check your email" pages.
 */
@Controller
public class EmailSignInController {

	/**
	 * The {@code error} parameter with which the sign-in page is shown again after an unusable address.
	 */
	public static final String INVALID_EMAIL_ERROR = "EmailSignin";

	/**
	 * The {@code error} of the JSON answer to a sign-in link over a rate limit.
	 */
	public static final String RATE_LIMITED_ERROR = "RateLimited";

	private static final Log logger = LogFactory.getLog(EmailSignInController.class);

	private final EmailSignIn emailSignIn;

	private final EmailSignInPages pages;

	private final PageLocations locations;

	private final TrustedBaseUrl baseUrl;

	/**
	 * Creates the controller.
	 * @param baseUrl the address of the application for the links in emails
	 */
	public EmailSignInController(EmailSignIn emailSignIn, EmailSignInPages pages, PageLocations locations,
			TrustedBaseUrl baseUrl) {
		this.emailSignIn = emailSignIn;
		this.pages = pages;
		this.locations = locations;
		this.baseUrl = baseUrl;
	}

	@GetMapping(AuthRoutes.SIGN_IN)
	public ResponseEntity<String> signInPage(HttpServletRequest request,
			@RequestParam(required = false) @Nullable String callbackUrl,
			@RequestParam(required = false) @Nullable String error) {
		CsrfToken csrf = csrf(request);
		String message = (error != null) ? "That does not look like an email address. Please check it and try again."
				: null;
		return html(HttpStatus.OK,
				this.pages.signIn(new EmailSignInPages.SignInForm(request.getContextPath() + AuthRoutes.SIGN_IN_EMAIL,
						csrf.getParameterName(), csrf.getToken(), CallbackUrl.sameSite(callbackUrl), message)));
	}

	@PostMapping(AuthRoutes.SIGN_IN_EMAIL)
	public ResponseEntity<String> sendLink(HttpServletRequest request,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String callbackUrl) {
		String callback = CallbackUrl.sameSite(callbackUrl);
		EmailAddress address;
		try {
			address = EmailAddress.parse(email);
		}
		catch (InvalidEmailAddressException ex) {
			return redirect(request, this.locations.signIn() + "?error=" + INVALID_EMAIL_ERROR + "&callbackUrl="
					+ URLEncoder.encode(callback, StandardCharsets.UTF_8));
		}
		this.emailSignIn.sendLink(address, request.getRemoteAddr(), this.baseUrl.resolve(request), callback);
		return redirect(request, this.locations.verifyRequest());
	}

	@GetMapping(AuthRoutes.VERIFY_REQUEST)
	public ResponseEntity<String> verifyRequestPage(HttpServletRequest request) {
		return html(HttpStatus.OK, this.pages.verifyRequest(request.getContextPath() + this.locations.signIn()));
	}

	/**
	 * Shows the confirmation page of a link and consumes nothing, so that a mail scanner opening the link does not
	 * use it up.
	 */
	@GetMapping(AuthRoutes.CALLBACK_EMAIL)
	public ResponseEntity<String> confirmPage(HttpServletRequest request, @RequestParam String token,
			@RequestParam String email, @RequestParam(required = false) @Nullable String callbackUrl) {
		CsrfToken csrf = csrf(request);
		return html(HttpStatus.OK,
				this.pages.confirm(new EmailSignInPages.ConfirmForm(request.getContextPath() + AuthRoutes.CALLBACK_EMAIL,
						csrf.getParameterName(), csrf.getToken(), email, token, CallbackUrl.sameSite(callbackUrl))));
	}

	/**
	 * Consumes the link's token, starts a session, and goes to the callback URL.
	 */
	@PostMapping(AuthRoutes.CALLBACK_EMAIL)
	public ResponseEntity<String> signIn(HttpServletRequest request, HttpServletResponse response,
			@RequestParam String token, @RequestParam String email,
			@RequestParam(required = false) @Nullable String callbackUrl) {
		this.emailSignIn.signIn(email, token, request, response);
		AuthJsCsrfTokenRepository.expire(request, response);
		return redirect(request, CallbackUrl.sameSite(callbackUrl));
	}

	@ExceptionHandler(InvalidSignInLinkException.class)
	ResponseEntity<String> invalidLink(HttpServletRequest request, InvalidSignInLinkException ex) {
		logger.debug("Sign-in link rejected: " + ex.getMessage());
		return error(request, HttpStatus.BAD_REQUEST, "This sign-in link does not work",
				"It may have been used already, or it has expired, or it was cut short when copied. "
						+ "Each link works once, for a limited time. Ask for a new one.");
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<String> incompleteLink(HttpServletRequest request) {
		return error(request, HttpStatus.BAD_REQUEST, "This sign-in link is incomplete",
				"Part of the link is missing, perhaps because it was cut short when copied. "
						+ "Open the link from the email again, or ask for a new one.");
	}

	/**
	 * Answers a link over a limit with 429, a page for a browser and {@code {"error": ...}} for a script, with
	 * {@code Retry-After}. The log line names neither the address nor any token.
	 */
	@ExceptionHandler(SignInLinkRateLimitException.class)
	ResponseEntity<String> tooManyLinks(HttpServletRequest request, SignInLinkRateLimitException ex) {
		logger.debug("Sign-in link refused: " + ex.getMessage());
		long seconds = Math.max(1, ex.getRetryAfter().plusMillis(999).toSeconds());
		String message = "Too many sign-in links were asked for. Please wait " + inWords(seconds)
				+ " and try again, and use the newest link you received.";
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
			.cacheControl(CacheControl.noStore());
		if (acceptsHtml(request)) {
			return answer.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
				.body(this.pages.error(new EmailSignInPages.ErrorPage(HttpStatus.TOO_MANY_REQUESTS.value(),
						"Too many sign-in links", message, request.getContextPath() + this.locations.signIn())));
		}
		// The message is built from a number only, so it needs no escaping in JSON.
		return answer.contentType(MediaType.APPLICATION_JSON)
			.body("{\"error\":\"" + RATE_LIMITED_ERROR + "\",\"message\":\"" + message + "\"}");
	}

	@ExceptionHandler(MagicLinkDeliveryException.class)
	ResponseEntity<String> deliveryFailed(HttpServletRequest request, MagicLinkDeliveryException ex) {
		logger.warn(ex.getMessage(), ex.getCause());
		return error(request, HttpStatus.SERVICE_UNAVAILABLE, "We could not send the email",
				"Sending sign-in links is not working at the moment. Please try again in a few minutes.");
	}

	private ResponseEntity<String> error(HttpServletRequest request, HttpStatus status, String title, String message) {
		return html(status, this.pages.error(new EmailSignInPages.ErrorPage(status.value(), title, message,
				request.getContextPath() + this.locations.signIn())));
	}

	private static String inWords(long seconds) {
		return (seconds < 120) ? seconds + " seconds" : ((seconds + 59) / 60) + " minutes";
	}

	private static boolean acceptsHtml(HttpServletRequest request) {
		try {
			return MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT))
				.stream()
				.anyMatch((type) -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static CsrfToken csrf(HttpServletRequest request) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (csrf == null) {
			throw new IllegalStateException(
					"No CSRF token in the request: apply AuthAdapterHttpConfigurer to the SecurityFilterChain");
		}
		return csrf;
	}

	private ResponseEntity<String> html(HttpStatus status, String body) {
		return ResponseEntity.status(status)
			.headers(BuiltInPage.headers(this.pages))
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(body);
	}

	private static ResponseEntity<String> redirect(HttpServletRequest request, String path) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.header(HttpHeaders.LOCATION, request.getContextPath() + path)
			.build();
	}

}
