package io.github.authadapter.email;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.github.authadapter.web.AuthRoutes;
import io.github.authadapter.web.BuiltInPage;
import io.github.authadapter.web.CallbackUrl;
import io.github.authadapter.web.PageLocations;
import io.github.authadapter.web.ReturnRedirect;
import io.github.authadapter.web.TrustedBaseUrl;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
 * The pages of email sign-in: the sign-in form, "check your email", and the confirm page that a link opens, which
 * consumes nothing and posts the link back. Sending a link ({@code POST /api/auth/signin/email}) and using it
 * ({@code POST /api/auth/callback/email}) are Spring Security's one-time token filters, set up by
 * {@link EmailSignInHttpCustomizer}; what they pass on comes here: an unusable address, which goes back to the
 * sign-in page, and an incomplete link, which gets a 400 page.
 */
@Controller
public class EmailSignInController {

	/**
	 * The {@code error} parameter with which the sign-in page is shown again after an unusable address.
	 */
	public static final String INVALID_EMAIL_ERROR = "EmailSignin";

	private static final String MISSING_FILTER = "Apply AuthAdapterHttpConfigurer to the SecurityFilterChain: "
			+ "Spring Security's one-time token login handles this request";

	private final EmailSignInPages pages;

	private final PageLocations locations;

	private final EmailSignInAnswers answers;

	public EmailSignInController(EmailSignInPages pages, PageLocations locations, TrustedBaseUrl baseUrl) {
		this.pages = pages;
		this.locations = locations;
		this.answers = new EmailSignInAnswers(pages, locations, baseUrl);
	}

	@GetMapping(AuthRoutes.SIGN_IN)
	public ResponseEntity<String> signInPage(HttpServletRequest request,
			@RequestParam(required = false) @Nullable String callbackUrl,
			@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String email) {
		CsrfToken csrf = csrf(request);
		String message = (error != null) ? "That does not look like an email address. Please check it and try again."
				: null;
		String typed = (error != null && email != null && email.length() <= EmailAddress.MAX_LENGTH) ? email : "";
		return html(HttpStatus.OK,
				this.pages.signIn(new EmailSignInPages.SignInForm(request.getContextPath() + AuthRoutes.SIGN_IN_EMAIL,
						csrf.getParameterName(), csrf.getToken(), CallbackUrl.sameSite(request, callbackUrl), message,
						typed)));
	}

	/**
	 * Sends the person back to the sign-in page with {@code ?error=EmailSignin} and what they typed as {@code email}:
	 * the one-time token filter has passed the request on because its address is not usable. Auth.js's browser client
	 * gets the address of that page as JSON, as Auth.js answers it.
	 */
	@PostMapping(AuthRoutes.SIGN_IN_EMAIL)
	public ResponseEntity<?> unusableAddress(HttpServletRequest request,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String callbackUrl) {
		try {
			EmailAddress.parse(email);
		}
		catch (InvalidEmailAddressException ex) {
			String signInAgain = this.locations.signIn() + "?error=" + INVALID_EMAIL_ERROR + "&callbackUrl="
					+ URLEncoder.encode(CallbackUrl.sameSite(request, callbackUrl), StandardCharsets.UTF_8)
					+ typedAgain(email);
			if (ReturnRedirect.requested(request)) {
				return ResponseEntity.ok()
					.cacheControl(CacheControl.noStore())
					.contentType(MediaType.APPLICATION_JSON)
					.body(new ReturnRedirect.Json(this.answers.absolute(request, signInAgain)));
			}
			return redirect(request, signInAgain);
		}
		throw new IllegalStateException(MISSING_FILTER);
	}

	/**
	 * The refused address as the {@code email} parameter, so that the sign-in page can show it again for correction;
	 * cut to the longest usable length, since it goes into a URL.
	 */
	private static String typedAgain(@Nullable String email) {
		if (email == null || email.isBlank()) {
			return "";
		}
		String typed = (email.length() > EmailAddress.MAX_LENGTH) ? email.substring(0, EmailAddress.MAX_LENGTH)
				: email;
		return "&email=" + URLEncoder.encode(typed, StandardCharsets.UTF_8);
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
	 * Reached only by a link without its {@code token} or {@code email}, which the one-time token filter passes on;
	 * the missing parameter gets the page of {@link #incompleteLink}.
	 */
	@PostMapping(AuthRoutes.CALLBACK_EMAIL)
	public ResponseEntity<String> incompleteSignIn(@RequestParam String token, @RequestParam String email) {
		throw new IllegalStateException(MISSING_FILTER);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	void incompleteLink(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.answers.error(request, response, HttpStatus.BAD_REQUEST, "This sign-in link is incomplete",
				"Part of the link is missing, perhaps because it was cut short when copied. "
						+ "Open the link from the email again, or ask for a new one.");
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
