package io.github.authadapter.oauth;

import io.github.authadapter.email.DefaultEmailSignInPages;
import io.github.authadapter.email.EmailSignInPages;
import io.github.authadapter.web.AuthRoutes;
import io.github.authadapter.web.BuiltInPage;
import io.github.authadapter.web.BuiltInPages;

import static io.github.authadapter.web.BuiltInPage.escape;

/**
 * The starter's built-in email sign-in page with a button per OAuth provider above the email form, so that an
 * application on the starter's default pages offers both. Applications with pages of their own are left alone.
 */
public class ProviderButtonsEmailSignInPages implements EmailSignInPages, BuiltInPages {

	private static final String EMAIL_FORM = "<form method=\"post\"";

	private final DefaultEmailSignInPages delegate;

	private final OAuthProviders providers;

	public ProviderButtonsEmailSignInPages(DefaultEmailSignInPages delegate, OAuthProviders providers) {
		this.delegate = delegate;
		this.providers = providers;
	}

	@Override
	public String contentSecurityPolicy() {
		return BuiltInPage.CONTENT_SECURITY_POLICY_WITH_PROVIDER_FORMS;
	}

	@Override
	public String signIn(SignInForm form) {
		String page = this.delegate.signIn(form);
		int emailForm = page.indexOf(EMAIL_FORM);
		if (emailForm < 0 || this.providers.list().isEmpty()) {
			return page;
		}
		// The email form's action is the context path followed by the email sign-in route.
		String contextPath = form.action().endsWith(AuthRoutes.SIGN_IN_EMAIL)
				? form.action().substring(0, form.action().length() - AuthRoutes.SIGN_IN_EMAIL.length()) : "";
		StringBuilder buttons = new StringBuilder();
		for (OAuthProviders.Provider provider : this.providers.list()) {
			buttons.append("""
					<form method="post" action="%s" style="margin-bottom:10px">
					<input type="hidden" name="%s" value="%s">
					<input type="hidden" name="callbackUrl" value="%s">
					<button type="submit" style="background:#fff;color:#1f2430;border:1px solid #c9ced8">Sign in with %s</button>
					</form>
					""".formatted(escape(contextPath + provider.signInPath()), escape(form.csrfParameter()),
					escape(form.csrfToken()), escape(form.callbackUrl()), escape(provider.name())));
		}
		buttons.append("<p style=\"text-align:center;margin:16px 0\">or</p>\n");
		return page.substring(0, emailForm) + buttons + page.substring(emailForm);
	}

	@Override
	public String verifyRequest(String signInUrl) {
		return this.delegate.verifyRequest(signInUrl);
	}

	@Override
	public String confirm(ConfirmForm form) {
		return this.delegate.confirm(form);
	}

	@Override
	public String error(ErrorPage error) {
		return this.delegate.error(error);
	}

}
