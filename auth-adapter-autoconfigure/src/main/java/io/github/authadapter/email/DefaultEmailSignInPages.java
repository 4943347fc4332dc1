package io.github.authadapter.email;

import org.springframework.web.util.HtmlUtils;

/**
 * The starter's own sign-in pages: small, self-contained HTML with inline styles, in the spirit of Auth.js's
 * built-in pages.
 */
public class DefaultEmailSignInPages implements EmailSignInPages {

	private static final String STYLE = """
			*{box-sizing:border-box}
			body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;
			background:#f4f5f7;color:#1f2430;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
			main{width:100%;max-width:400px;margin:24px;padding:32px;background:#fff;border-radius:12px;
			box-shadow:0 1px 3px rgba(16,24,40,.1),0 8px 24px rgba(16,24,40,.06)}
			h1{margin:0 0 8px;font-size:1.4rem}
			p{margin:0 0 20px;color:#4a5162}
			label{display:block;margin-bottom:6px;font-weight:600;font-size:.9rem}
			input[type=email]{width:100%;padding:10px 12px;margin-bottom:16px;border:1px solid #c9ced8;
			border-radius:8px;font:inherit}
			input[type=email]:focus{outline:2px solid #4f46e5;border-color:transparent}
			button,.button{display:block;width:100%;padding:11px;border:0;border-radius:8px;background:#4f46e5;
			color:#fff;font:inherit;font-weight:600;text-align:center;text-decoration:none;cursor:pointer}
			button:hover,.button:hover{background:#4338ca}
			.error{padding:10px 12px;margin-bottom:16px;border-radius:8px;background:#fdecec;color:#9b1c1c}
			.email{font-weight:600;color:#1f2430;word-break:break-all}
			""";

	@Override
	public String signIn(SignInForm form) {
		String error = (form.error() != null) ? "<div class=\"error\" role=\"alert\">" + escape(form.error())
				+ "</div>" : "";
		return page("Sign in", """
				<h1>Sign in</h1>
				<p>We will email you a link that signs you in. No password needed.</p>
				%s
				<form method="post" action="%s">
				<input type="hidden" name="%s" value="%s">
				<input type="hidden" name="callbackUrl" value="%s">
				<label for="email">Email address</label>
				<input id="email" type="email" name="email" placeholder="you@example.com" autocomplete="email" required autofocus>
				<button type="submit">Email me a sign-in link</button>
				</form>
				""".formatted(error, escape(form.action()), escape(form.csrfParameter()), escape(form.csrfToken()),
				escape(form.callbackUrl())));
	}

	@Override
	public String verifyRequest(String signInUrl) {
		return page("Check your email", """
				<h1>Check your email</h1>
				<p>A sign-in link is on its way. It works once, for a limited time.</p>
				<p>Nothing arrived? Look in your spam folder, or <a href="%s">try again</a>.</p>
				""".formatted(escape(signInUrl)));
	}

	@Override
	public String confirm(ConfirmForm form) {
		return page("Confirm sign in", """
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
		return page(error.title(), """
				<h1>%s</h1>
				<p>%s</p>
				<a class="button" href="%s">Back to sign in</a>
				""".formatted(escape(error.title()), escape(error.message()), escape(error.signInUrl())));
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
