package io.github.authadapter.test.oauth;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A browser for integration tests: a JDK HTTP client that keeps cookies per host, as a browser does, and follows
 * redirects one at a time so that a test can see each of them.
 */
public final class TestBrowser {

	private static final int MAX_REDIRECTS = 20;

	private static final Pattern CSRF_TOKEN = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");

	/**
	 * What browsers accept for a page; servers decide by it whether to remember a page or send a login form.
	 */
	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final List<URI> visited = new ArrayList<>();

	private final List<String> history = new ArrayList<>();

	public Response get(URI uri) {
		return send(HttpRequest.newBuilder(uri).GET().header("Accept", BROWSER_ACCEPT).build());
	}

	public Response get(String uri) {
		return get(URI.create(uri));
	}

	/**
	 * Submits a form, as {@code application/x-www-form-urlencoded}.
	 */
	public Response post(URI uri, Map<String, String> form) {
		return send(formRequest(uri, form).header("Accept", BROWSER_ACCEPT).build());
	}

	/**
	 * Posts a form as the {@code signIn()} and {@code signOut()} of Auth.js's browser client do with {@code fetch}:
	 * with {@code X-Auth-Return-Redirect: 1}, reading where to go from the JSON answer.
	 */
	public Response postAsAuthJsClient(String uri, Map<String, String> form) {
		return send(formRequest(URI.create(uri), form).header("X-Auth-Return-Redirect", "1").build());
	}

	private static HttpRequest.Builder formRequest(URI uri, Map<String, String> form) {
		StringJoiner body = new StringJoiner("&");
		form.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return HttpRequest.newBuilder(uri)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			// Browsers send the origin of the page with every form they post, and with every fetch that posts.
			.header("Origin", uri.getScheme() + "://" + uri.getRawAuthority());
	}

	public Response post(String uri, Map<String, String> form) {
		return post(URI.create(uri), form);
	}

	/**
	 * Fetches a CSRF token of an application on the starter from its {@code GET /api/auth/csrf}, as Auth.js's client
	 * does before it posts a form. The token belongs to the cookie that the same answer sets in this browser.
	 * @param appUrl the application's address, such as {@code http://127.0.0.1:8080}
	 */
	public String csrfToken(String appUrl) {
		Response response = get(appUrl + "/api/auth/csrf");
		Matcher token = CSRF_TOKEN.matcher(response.body());
		if (response.status() != 200 || !token.find()) {
			throw new IllegalStateException("No CSRF token from " + response.uri() + ": " + response.status() + " "
					+ response.body());
		}
		return token.group(1);
	}

	/**
	 * Follows redirects from the response, with GET as browsers do after a 302 or 303.
	 * @return the first response that is not a redirect
	 */
	public Response follow(Response response) {
		Response current = response;
		for (int i = 0; i < MAX_REDIRECTS && current.isRedirect(); i++) {
			current = get(current.uri().resolve(current.location()));
		}
		if (current.isRedirect()) {
			throw new IllegalStateException("More than " + MAX_REDIRECTS + " redirects: " + this.visited);
		}
		return current;
	}

	/**
	 * The value of a cookie that the browser would send to the address.
	 */
	public Optional<String> cookie(String uri, String name) {
		return this.cookies.getCookieStore()
			.get(URI.create(uri))
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	/**
	 * The names of the cookies that the browser would send to the address.
	 */
	public List<String> cookieNames(String uri) {
		try {
			List<String> names = new ArrayList<>();
			for (String header : this.cookies.get(URI.create(uri), Map.of()).getOrDefault("Cookie", List.of())) {
				for (String pair : header.split(";")) {
					int equals = pair.indexOf('=');
					String name = ((equals >= 0) ? pair.substring(0, equals) : pair).trim();
					if (!name.isEmpty() && !name.startsWith("$")) {
						names.add(name);
					}
				}
			}
			return names;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Forgets the cookies of the host of the address, as clearing a site's data does.
	 */
	public void forgetCookies(String uri) {
		URI site = URI.create(uri);
		for (HttpCookie cookie : List.copyOf(this.cookies.getCookieStore().get(site))) {
			this.cookies.getCookieStore().remove(site, cookie);
		}
	}

	/**
	 * Every request with its status and redirect, one a line, for the description of a failed assertion.
	 */
	public String history() {
		return String.join("\n", this.history);
	}

	/**
	 * Every address this browser requested, in order.
	 */
	public List<URI> visited() {
		return List.copyOf(this.visited);
	}

	private Response send(HttpRequest request) {
		this.visited.add(request.uri());
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			this.history.add(request.method() + " " + request.uri() + " -> " + response.statusCode()
					+ response.headers().firstValue("Location").map((location) -> " " + location).orElse(""));
			return new Response(request.uri(), response.statusCode(),
					response.headers().firstValue("Location").orElse(null), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Request to " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	/**
	 * A response as the test sees it.
	 *
	 * @param uri the address that was requested
	 * @param status the HTTP status
	 * @param location the Location header, for redirects
	 * @param body the body as text
	 */
	public record Response(URI uri, int status, @Nullable String location, String body) {

		public boolean isRedirect() {
			return this.status >= 300 && this.status < 400 && this.location != null;
		}

		/**
		 * The Location header; fails for a response that is not a redirect.
		 */
		@Override
		public String location() {
			if (this.location == null) {
				throw new IllegalStateException("Not a redirect: " + this.status + " from " + this.uri);
			}
			return this.location;
		}

	}

}
