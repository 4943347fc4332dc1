package io.github.authadapter.session;

import io.github.authadapter.web.BuiltInPage;
import io.github.authadapter.web.BuiltInPages;

import static io.github.authadapter.web.BuiltInPage.escape;

/**
 * The page of {@code GET /api/auth/signout}, as Auth.js serves it: asks whether to sign out, and posts the answer
 * with the CSRF token, since a sign-out by a mere link would let any site sign people out.
 */
final class SignOutPage implements BuiltInPages {

	String render(String action, String csrfParameter, String csrfToken, String callbackUrl) {
		return BuiltInPage.html("Sign out", """
				<h1>Sign out</h1>
				<p>Are you sure you want to sign out?</p>
				<form method="post" action="%s">
				<input type="hidden" name="%s" value="%s">
				<input type="hidden" name="callbackUrl" value="%s">
				<button id="sign-out" type="submit">Sign out</button>
				</form>
				""".formatted(escape(action), escape(csrfParameter), escape(csrfToken), escape(callbackUrl)));
	}

}
