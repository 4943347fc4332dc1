package io.github.authadapter.oauth;

import io.github.authadapter.web.BuiltInPage;
import io.github.authadapter.web.BuiltInPages;

import static io.github.authadapter.web.BuiltInPage.escape;

/**
 * The starter's own OAuth error and sign-in pages: small, self-contained HTML with inline styles.
 */
public class DefaultOAuthSignInPages implements OAuthSignInPages, BuiltInPages {

	@Override
	public String contentSecurityPolicy() {
		return BuiltInPage.CONTENT_SECURITY_POLICY_WITH_PROVIDER_FORMS;
	}

	@Override
	public String error(ErrorPage error) {
		return BuiltInPage.html(error.title(), """
				<h1>%s</h1>
				<p>%s</p>
				<a class="button" href="%s">Back to sign in</a>
				""".formatted(escape(error.title()), escape(error.message()), escape(error.signInUrl())));
	}

	@Override
	public String signIn(SignInPage page) {
		StringBuilder buttons = new StringBuilder();
		for (OAuthProviders.Provider provider : page.providers()) {
			buttons.append("""
					<form method="post" action="%s">
					<input type="hidden" name="%s" value="%s">
					<input type="hidden" name="callbackUrl" value="%s">
					<button type="submit">Sign in with %s</button>
					</form>
					""".formatted(escape(page.contextPath() + provider.signInPath()), escape(page.csrfParameter()),
					escape(page.csrfToken()), escape(page.callbackUrl()), escape(provider.name())));
		}
		return BuiltInPage.html("Sign in", "<h1>Sign in</h1>\n" + buttons);
	}

}
