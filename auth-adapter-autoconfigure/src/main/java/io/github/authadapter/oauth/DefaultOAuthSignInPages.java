package io.github.authadapter.oauth;

import org.springframework.web.util.HtmlUtils;

/**
 * The starter's own OAuth error and sign-in pages: small, self-contained HTML with inline styles.
 */
public class DefaultOAuthSignInPages implements OAuthSignInPages {

	private static final String STYLE = """
			body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;
			background:#f4f5f7;color:#1f2430;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
			main{width:100%;max-width:400px;margin:24px;padding:32px;background:#fff;border-radius:12px;
			box-shadow:0 1px 3px rgba(16,24,40,.1),0 8px 24px rgba(16,24,40,.06)}
			h1{margin:0 0 8px;font-size:1.4rem}p{margin:0 0 20px;color:#4a5162}form{margin:0 0 10px}
			a,button{display:block;width:100%;padding:11px;border:0;border-radius:8px;background:#4f46e5;color:#fff;
			font:inherit;font-weight:600;text-align:center;text-decoration:none;cursor:pointer}
			a:hover,button:hover{background:#4338ca}
			""";

	@Override
	public String error(ErrorPage error) {
		return page(error.title(), """
				<h1>%s</h1>
				<p>%s</p>
				<a href="%s">Back to sign in</a>
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
		return page("Sign in", "<h1>Sign in</h1>\n" + buttons);
	}

	private static String page(String title, String body) {
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<meta name="referrer" content="no-referrer">
				<title>%s</title>
				<style>%s</style>
				</head>
				<body>
				<main>
				%s</main>
				</body>
				</html>
				""".formatted(escape(title), STYLE, body);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
