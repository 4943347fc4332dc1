package io.github.authadapter.sample;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal HTTP client with a cookie jar, that does not follow redirects: what a browser does, step by step.
 */
final class BrowserlessClient {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String baseUrl;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	BrowserlessClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	void cookie(String name, String value) {
		this.cookies.put(name, value);
	}

	String cookie(String name) {
		return this.cookies.get(name);
	}

	HttpResponse<String> get(String pathOrUrl, String accept) {
		return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", accept).GET());
	}

	HttpResponse<String> postForm(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Opens a sign-in link and presses the button of its confirm page, as a person does.
	 * @return the answer to pressing the button
	 */
	HttpResponse<String> useSignInLink(String link) {
		HttpResponse<String> page = get(link, "text/html");
		if (page.statusCode() != 200) {
			throw new AssertionError("The confirm page answered " + page.statusCode());
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
			String[] parts = pair.split("=", 2);
			fields.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
		}
		fields.put("csrfToken", csrfField(page.body()));
		return postForm("/api/auth/callback/email", fields);
	}

	/**
	 * The value of the {@code csrfToken} field of the first form on a page.
	 */
	static String csrfField(String html) {
		Matcher matcher = CSRF_FIELD.matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("The page has no csrfToken field");
		}
		return matcher.group(1).replace("&#45;", "-");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		if (!this.cookies.isEmpty()) {
			request.header("Cookie", this.cookies.entrySet()
				.stream()
				.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
				.collect(Collectors.joining("; ")));
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String header : response.headers().allValues("Set-Cookie")) {
				String pair = header.split(";", 2)[0];
				String name = pair.substring(0, pair.indexOf('='));
				String value = pair.substring(pair.indexOf('=') + 1);
				if (header.contains("Max-Age=0")) {
					this.cookies.remove(name);
				}
				else {
					this.cookies.put(name, value);
				}
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Request failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private URI uri(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : this.baseUrl + pathOrUrl);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
