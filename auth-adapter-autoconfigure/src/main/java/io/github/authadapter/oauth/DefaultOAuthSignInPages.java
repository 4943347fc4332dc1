package io.github.authadapter.oauth;

import org.springframework.web.util.HtmlUtils;

/**
 * The starter's own OAuth error page: small, self-contained HTML with inline styles.
 */
public class DefaultOAuthSignInPages implements OAuthSignInPages {

	@Override
	public String error(ErrorPage error) {
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<meta name="referrer" content="no-referrer">
				<title>%1$s</title>
				<style>
				body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;
				background:#f4f5f7;color:#1f2430;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
				main{max-width:420px;margin:24px;padding:32px;background:#fff;border-radius:12px;
				box-shadow:0 1px 3px rgba(16,24,40,.1),0 8px 24px rgba(16,24,40,.06)}
				h1{margin:0 0 8px;font-size:1.4rem}p{margin:0 0 20px;color:#4a5162}
				a{display:block;padding:11px;border-radius:8px;background:#4f46e5;color:#fff;font-weight:600;
				text-align:center;text-decoration:none}
				</style>
				</head>
				<body>
				<main>
				<h1>%1$s</h1>
				<p>%2$s</p>
				<a href="%3$s">Back to sign in</a>
				</main>
				</body>
				</html>
				""".formatted(escape(error.title()), escape(error.message()), escape(error.signInUrl()));
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
