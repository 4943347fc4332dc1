package io.github.authadapter.email;

import io.github.authadapter.web.BuiltInPage;
import io.github.authadapter.web.BuiltInPages;

import static io.github.authadapter.web.BuiltInPage.escape;

/**
 * The starter's own sign-in pages: small, self-contained HTML with inline styles, in the spirit of Auth.js's
 * built-in pages.
 */
public class DefaultEmailSignInPages implements EmailSignInPages, BuiltInPages {

	@Override
	public String signIn(SignInForm form) {
		String error = (form.error() != null) ? "<div class=\"error\" role=\"alert\">" + escape(form.error())
				+ "</div>" : "";
		return BuiltInPage.html("Sign in", """
				<h1>Sign in</h1>
				<p>We will email you a link that signs you in. No password needed.</p>
				%s
				<form method="post" action="%s">
				<input type="hidden" name="%s" value="%s">
				<input type="hidden" name="callbackUrl" value="%s">
				<label for="email">Email address</label>
				<input id="email" type="email" name="email" value="%s" placeholder="you@example.com" autocomplete="email"
				maxlength="%d" required autofocus>
				<button type="submit">Email me a sign-in link</button>
				</form>
				""".formatted(error, escape(form.action()), escape(form.csrfParameter()), escape(form.csrfToken()),
				escape(form.callbackUrl()), escape(form.email()), EmailAddress.MAX_LENGTH));
	}

	@Override
	public String verifyRequest(String signInUrl) {
		return BuiltInPage.html("Check your email", """
				<h1>Check your email</h1>
				<p>A sign-in link is on its way. It works once, for a limited time.</p>
				<p>Nothing arrived? Look in your spam folder, or <a href="%s">try again</a>.</p>
				""".formatted(escape(signInUrl)));
	}

	@Override
	public String confirm(ConfirmForm form) {
		return BuiltInPage.html("Confirm sign in", """
				<h1>Confirm sign in</h1>
				<p>Sign in as <span class="email">%s</span>?</p>
				<form method="post" action="%s">
				<input type="hidden" name="%s" value="%s">
				<input type="hidden" name="email" value="%s">
				<input type="hidden" name="token" value="%s">
				<input type="hidden" name="callbackUrl" value="%s">
				<button type="submit">Sign in</button>
				</form>
				""".formatted(escape(form.email()), escape(form.action()), escape(form.csrfParameter()),
				escape(form.csrfToken()), escape(form.email()), escape(form.token()), escape(form.callbackUrl())));
	}

	@Override
	public String error(ErrorPage error) {
		return BuiltInPage.html(error.title(), """
				<h1>%s</h1>
				<p>%s</p>
				<a class="button" href="%s">Back to sign in</a>
				""".formatted(escape(error.title()), escape(error.message()), escape(error.signInUrl())));
	}

}
