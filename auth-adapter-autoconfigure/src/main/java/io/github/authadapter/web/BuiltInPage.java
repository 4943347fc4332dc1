package io.github.authadapter.web;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.HtmlUtils;

/**
 * The plain HTML pages that the starter serves when the application brings none of its own: one small stylesheet
 * and escaping, shared by the email and OAuth pages.
 */
public final class BuiltInPage {

	/**
	 * What the built-in pages may do: nothing loads, styles are inline, forms post to this site only, and no other
	 * site may frame them.
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	/**
	 * The policy of built-in pages with OAuth provider buttons. Their forms post to this site, which redirects to the
	 * provider, and browsers apply {@code form-action} to that redirect too: so it is left out.
	 */
	public static final String CONTENT_SECURITY_POLICY_WITH_PROVIDER_FORMS = "default-src 'none'; "
			+ "style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'";

	private static final String STYLE = """
			*{box-sizing:border-box}
			body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;
			background:#f4f5f7;color:#1f2430;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
			main{width:100%;max-width:400px;margin:24px;padding:32px;background:#fff;border-radius:12px;
			box-shadow:0 1px 3px rgba(16,24,40,.1),0 8px 24px rgba(16,24,40,.06)}
			h1{margin:0 0 8px;font-size:1.4rem}
			p{margin:0 0 20px;color:#4a5162}
			form{margin:0 0 10px}
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

	private BuiltInPage() {
	}

	/**
	 * A whole page around the given body.
	 * @param title the page's title, escaped here
	 * @param body the HTML inside {@code <main>}, whose text the caller has escaped
	 */
	public static String html(String title, String body) {
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

	/**
	 * The headers of a page that the renderer made: its {@code Content-Security-Policy} when it is one of the
	 * starter's {@link BuiltInPages}, none otherwise.
	 */
	public static HttpHeaders headers(Object renderer) {
		HttpHeaders headers = new HttpHeaders();
		if (renderer instanceof BuiltInPages builtIn) {
			headers.set("Content-Security-Policy", builtIn.contentSecurityPolicy());
		}
		return headers;
	}

	/**
	 * Text made safe to put into HTML.
	 */
	public static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
