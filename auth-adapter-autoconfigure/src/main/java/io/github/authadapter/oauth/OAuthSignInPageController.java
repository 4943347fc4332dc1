package io.github.authadapter.oauth;

import java.nio.charset.StandardCharsets;

import io.github.authadapter.web.AuthRoutes;
import io.github.authadapter.web.BuiltInPage;
import io.github.authadapter.web.CallbackUrl;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The starter's sign-in page, {@code GET /api/auth/signin}, for an application that offers OAuth sign-in only: a
 * button per provider. With sign-in by email on, the email sign-in page is served there instead.
 */
@Controller
public class OAuthSignInPageController {

	private final OAuthProviders providers;

	private final OAuthSignInPages pages;

	public OAuthSignInPageController(OAuthProviders providers, OAuthSignInPages pages) {
		this.providers = providers;
		this.pages = pages;
	}

	@GetMapping(AuthRoutes.SIGN_IN)
	public ResponseEntity<String> signInPage(HttpServletRequest request,
			@RequestParam(required = false) @Nullable String callbackUrl) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (csrf == null) {
			throw new IllegalStateException(
					"No CSRF token in the request: apply AuthAdapterHttpConfigurer to the SecurityFilterChain");
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.headers(BuiltInPage.headers(this.pages))
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(this.pages.signIn(new OAuthSignInPages.SignInPage(this.providers.list(), request.getContextPath(),
					csrf.getParameterName(), csrf.getToken(), CallbackUrl.sameSite(request, callbackUrl))));
	}

}
