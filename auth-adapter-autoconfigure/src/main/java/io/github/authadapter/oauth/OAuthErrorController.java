package io.github.authadapter.oauth;

import java.nio.charset.StandardCharsets;

import io.github.authadapter.web.AuthJsErrorPage;
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
 * Auth.js's error page, {@code GET /api/auth/error?error=<code>}: says why a sign-in failed and what to do, for the
 * OAuth codes and for those of every sign-in method ({@link AuthJsErrorPage}).
 */
@Controller
public class OAuthErrorController {

	private final OAuthSignInPages pages;

	private final PageLocations locations;

	public OAuthErrorController(OAuthSignInPages pages, PageLocations locations) {
		this.pages = pages;
		this.locations = locations;
	}

	@GetMapping(OAuthRoutes.ERROR)
	public ResponseEntity<String> error(HttpServletRequest request, @RequestParam(required = false) @Nullable String error) {
		String signInUrl = request.getContextPath() + this.locations.signIn();
		OAuthSignInPages.ErrorPage page = OAuthSignInError.ofCode((error != null) ? error : "")
			.map((known) -> new OAuthSignInPages.ErrorPage(HttpStatus.FORBIDDEN.value(), known.code(), known.title(),
					known.message(), signInUrl))
			.or(() -> AuthJsErrorPage.ofCode((error != null) ? error : "")
				.map((known) -> new OAuthSignInPages.ErrorPage(known.status().value(), known.code(), known.title(),
						known.message(), signInUrl)))
			.orElseGet(() -> new OAuthSignInPages.ErrorPage(HttpStatus.BAD_REQUEST.value(), "Default",
					"Sign-in did not work", "Something went wrong while signing you in. Please try again.",
					signInUrl));
		return ResponseEntity.status(page.status())
			.cacheControl(CacheControl.noStore())
			.headers(BuiltInPage.headers(this.pages))
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(this.pages.error(page));
	}

}
