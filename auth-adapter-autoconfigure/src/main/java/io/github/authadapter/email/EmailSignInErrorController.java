package io.github.authadapter.email;

import java.nio.charset.StandardCharsets;

import io.github.authadapter.web.AuthRoutes;
import io.github.authadapter.web.BuiltInPage;
import io.github.authadapter.web.PageLocations;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Auth.js's error page, {@code GET /api/auth/error?error=<code>}, for an application that signs in by email only:
 * Auth.js's client sends a person there when it cannot read the providers. With OAuth sign-in on, the OAuth error
 * page, which knows the OAuth codes too, takes its place.
 */
@Controller
public class EmailSignInErrorController {

	private final EmailSignInPages pages;

	private final PageLocations locations;

	public EmailSignInErrorController(EmailSignInPages pages, PageLocations locations) {
		this.pages = pages;
		this.locations = locations;
	}

	@GetMapping(AuthRoutes.ERROR)
	public ResponseEntity<String> error(HttpServletRequest request,
			@RequestParam(required = false) @Nullable String error) {
		String signInUrl = request.getContextPath() + this.locations.signIn();
		EmailSignInPages.ErrorPage page = switch ((error != null) ? error : "") {
			// Auth.js's codes of its error page.
			case "Verification" -> new EmailSignInPages.ErrorPage(HttpStatus.FORBIDDEN.value(),
					"This sign-in link does not work", "It may have been used already, or it has expired. "
							+ "Each link works once, for a limited time. Ask for a new one.",
					signInUrl);
			case "AccessDenied" -> new EmailSignInPages.ErrorPage(HttpStatus.FORBIDDEN.value(), "Sign-in was refused",
					"This address may not sign in here. If you think it should, ask the people who run this site.",
					signInUrl);
			// Not Auth.js's 500: anyone can ask for this page, and a 5xx would count as a failure of the server.
			case "Configuration" -> new EmailSignInPages.ErrorPage(HttpStatus.BAD_REQUEST.value(),
					"Sign-in is not working", "Signing in is not set up correctly at the moment. "
							+ "Please try again later.",
					signInUrl);
			default -> new EmailSignInPages.ErrorPage(HttpStatus.BAD_REQUEST.value(), "Sign-in did not work",
					"Something went wrong while signing you in. Please try again.", signInUrl);
		};
		return ResponseEntity.status(page.status())
			.cacheControl(CacheControl.noStore())
			.headers(BuiltInPage.headers(this.pages))
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(this.pages.error(page));
	}

}
