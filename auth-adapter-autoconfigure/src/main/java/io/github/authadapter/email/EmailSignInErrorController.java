package io.github.authadapter.email;

import java.nio.charset.StandardCharsets;

import io.github.authadapter.web.AuthJsErrorPage;
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
		EmailSignInPages.ErrorPage page = AuthJsErrorPage.ofCode((error != null) ? error : "")
			.map((known) -> new EmailSignInPages.ErrorPage(known.status().value(), known.title(), known.message(),
					signInUrl))
			.orElseGet(() -> new EmailSignInPages.ErrorPage(HttpStatus.BAD_REQUEST.value(), "Sign-in did not work",
					"Something went wrong while signing you in. Please try again.", signInUrl));
		return ResponseEntity.status(page.status())
			.cacheControl(CacheControl.noStore())
			.headers(BuiltInPage.headers(this.pages))
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(this.pages.error(page));
	}

}
