package io.github.authadapter.email;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.github.authadapter.ratelimit.SignInLinkRateLimitException;
import io.github.authadapter.web.BuiltInPage;
import io.github.authadapter.web.PageLocations;
import io.github.authadapter.web.ReturnRedirect;
import io.github.authadapter.web.TrustedBaseUrl;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The answers of email sign-in that Spring Security's filters give before any controller runs: error pages through
 * {@link EmailSignInPages}, the refusal of a link over a rate limit, and redirects.
 */
public final class EmailSignInAnswers {

	/**
	 * The {@code error} of the JSON answer to a sign-in link over a rate limit.
	 */
	public static final String RATE_LIMITED_ERROR = "RateLimited";

	private final EmailSignInPages pages;

	private final PageLocations locations;

	private final TrustedBaseUrl baseUrl;

	public EmailSignInAnswers(EmailSignInPages pages, PageLocations locations, TrustedBaseUrl baseUrl) {
		this.pages = pages;
		this.locations = locations;
		this.baseUrl = baseUrl;
	}

	/**
	 * Where the flow's pages are.
	 */
	public PageLocations locations() {
		return this.locations;
	}

	/**
	 * The absolute URL of a page of the flow, on the trusted address of the application, for the JSON answers to
	 * Auth.js's browser client, which reads their query.
	 */
	public String absolute(HttpServletRequest request, String path) {
		return this.baseUrl.resolve(request) + path;
	}

	/**
	 * An error page, with a link back to the sign-in page.
	 */
	public void error(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
			String message) throws IOException {
		html(response, status, this.pages.error(new EmailSignInPages.ErrorPage(status.value(), title, message,
				request.getContextPath() + this.locations.signIn())));
	}

	/**
	 * Answers a link over a limit with 429: a page for a browser, {@code {"error": ...}} for a script, and the
	 * sign-in page with {@code ?error=RateLimited} as {@code {"url": ...}} for Auth.js's browser client; each with
	 * {@code Retry-After}.
	 */
	public void tooManyLinks(HttpServletRequest request, HttpServletResponse response,
			SignInLinkRateLimitException ex) throws IOException {
		long seconds = Math.max(1, ex.getRetryAfter().plusMillis(999).toSeconds());
		String message = "Too many sign-in links were asked for. Please wait " + inWords(seconds)
				+ " and try again, and use the newest link you received.";
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		if (ReturnRedirect.requested(request)) {
			ReturnRedirect.send(response, HttpStatus.TOO_MANY_REQUESTS.value(),
					absolute(request, this.locations.signIn() + "?error=" + RATE_LIMITED_ERROR));
			return;
		}
		if (acceptsHtml(request)) {
			error(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many sign-in links", message);
			return;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		// The message is built from a number only, so it needs no escaping in JSON.
		write(response, "{\"error\":\"" + RATE_LIMITED_ERROR + "\",\"message\":\"" + message + "\"}");
	}

	/**
	 * Sends the browser to a page of this site with {@code 303 See Other}.
	 */
	public static void redirect(HttpServletRequest request, HttpServletResponse response, String path) {
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + path);
	}

	private void html(HttpServletResponse response, HttpStatus status, String body) throws IOException {
		response.setStatus(status.value());
		BuiltInPage.headers(this.pages).forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8).toString());
		write(response, body);
	}

	private static void write(HttpServletResponse response, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
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

}
