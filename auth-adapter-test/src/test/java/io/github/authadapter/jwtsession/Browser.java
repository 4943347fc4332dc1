package io.github.authadapter.jwtsession;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.authadapter.test.hostile.RawHttp;
import io.github.authadapter.test.hostile.RawHttp.Response;

/**
 * A client over raw HTTP that keeps cookies as a browser does, for the starter's forms: the CSRF token of
 * {@code /api/auth/csrf}, sign-in by an email link, and sign-out.
 */
final class Browser {

	private static final Pattern CSRF_TOKEN = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");

	private final RawHttp http;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	Browser(int port) {
		this.http = new RawHttp(port);
	}

	/**
	 * The cookies kept, by name.
	 */
	Map<String, String> cookies() {
		return this.cookies;
	}

	Response get(String target) {
		return send("GET " + target + " HTTP/1.1", "");
	}

	/**
	 * Posts a form with the CSRF token of {@code /api/auth/csrf}.
	 */
	Response post(String path, String form) {
		Matcher token = CSRF_TOKEN.matcher(get("/api/auth/csrf").body());
		if (!token.find()) {
			throw new IllegalStateException("No CSRF token");
		}
		String body = (form.isEmpty() ? "" : form + "&") + "csrfToken=" + encode(token.group(1));
		return send("POST " + path + " HTTP/1.1\nContent-Type: application/x-www-form-urlencoded", body);
	}

	/**
	 * Asks for a link for the address and uses it, as a person does from the email.
	 */
	Response signInByEmail(String email, JwtSessionApplication.SentLinks links) {
		Response asked = post("/api/auth/signin/email", "email=" + encode(email));
		if (asked.status() != 303) {
			throw new IllegalStateException("No link was sent: " + asked);
		}
		String query = URI.create(links.last().url()).getRawQuery();
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			String[] nameAndValue = pair.split("=", 2);
			parameters.put(nameAndValue[0], URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
		}
		return post("/api/auth/callback/email",
				"token=" + encode(parameters.get("token")) + "&email=" + encode(parameters.get("email")));
	}

	private Response send(String head, String body) {
		String cookieHeader = String.join("; ",
				this.cookies.entrySet().stream().map((cookie) -> cookie.getKey() + "=" + cookie.getValue()).toList());
		Response response = this.http.send(cookieHeader.isEmpty() ? head : head + "\nCookie: " + cookieHeader,
				body.getBytes(StandardCharsets.UTF_8));
		for (String setCookie : response.values("Set-Cookie")) {
			String pair = setCookie.split(";", 2)[0];
			String name = pair.substring(0, pair.indexOf('='));
			String value = pair.substring(pair.indexOf('=') + 1);
			if (setCookie.contains("Max-Age=0") || value.isEmpty()) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, value);
			}
		}
		return response;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
