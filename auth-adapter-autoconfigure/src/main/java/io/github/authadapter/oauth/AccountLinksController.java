package io.github.authadapter.oauth;

import io.github.authadapter.session.SessionAuthentication;
import io.github.authadapter.web.CallbackUrl;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code POST /api/auth/accounts/unlink} unlinks one of the signed-in user's accounts and returns to
 * {@code callbackUrl}, with {@code error=LastSignInMethod} added when it was the user's last way to sign in.
 */
@Controller
public class AccountLinksController {

	private final AccountLinks accountLinks;

	public AccountLinksController(AccountLinks accountLinks) {
		this.accountLinks = accountLinks;
	}

	@PostMapping(OAuthRoutes.UNLINK)
	public ResponseEntity<Void> unlink(HttpServletRequest request, @RequestParam String provider,
			@RequestParam String providerAccountId, @RequestParam(required = false) @Nullable String callbackUrl) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof SessionAuthentication session)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		String location = CallbackUrl.sameSite(callbackUrl);
		try {
			this.accountLinks.unlink(session.getPrincipal(), provider, providerAccountId);
		}
		catch (LastSignInMethodException ex) {
			location += (location.contains("?") ? "&" : "?") + "error=" + LastSignInMethodException.ERROR_CODE;
		}
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.header(HttpHeaders.LOCATION, request.getContextPath() + location)
			.build();
	}

}
