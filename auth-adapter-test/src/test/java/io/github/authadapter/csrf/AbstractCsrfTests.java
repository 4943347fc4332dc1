package io.github.authadapter.csrf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.authadapter.test.TestDatabase;
import io.github.authadapter.test.oauth.TestBrowser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSRF protection of the starter's filter chain, over real HTTP, as an attacker would try it: Auth.js's signed
 * {@code authjs.csrf-token} cookie, a new token at sign-in, the Origin check, and the headers of the built-in pages.
 * Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractCsrfTests {

	private static final String SECRET = "csrf-test-secret-of-thirty-two-bytes";

	private static final Pattern CSRF_TOKEN = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");

	private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	private final HttpClient client = HttpClient.newHttpClient();

	private final AtomicInteger requests = new AtomicInteger();

	private @Nullable ConfigurableApplicationContext app;

	private String appUrl = "";

	/**
	 * The database of the application, registered by the subclass as an extension.
	 */
	protected abstract TestDatabase database();

	@BeforeAll
	void start() {
		this.app = new SpringApplicationBuilder(CsrfTestApplication.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "spring.jmx.enabled=false",
					"spring.datasource.url=" + database().jdbcUrl(),
					"spring.datasource.username=" + database().username(),
					"spring.datasource.password=" + database().password(), "spring.jpa.open-in-view=false",
					"auth.adapter.secret=" + SECRET, "auth.adapter.trusted-hosts=127.0.0.1,localhost",
					"auth.adapter.cleanup.cron=-", "logging.level.root=warn",
					// As behind a TLS proxy: X-Forwarded-Proto makes a request secure.
					"server.forward-headers-strategy=native")
			.run();
		this.appUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) this.app).getWebServer().getPort();
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
	}

	// The cookie

	@Test
	void theCsrfCookieIsAuthJsOwnSignedHttpOnlyAndLax() {
		Response csrf = send("GET", "/api/auth/csrf", Map.of(), null);
		String cookie = csrf.setCookie("authjs.csrf-token");
		String value = cookie.substring("authjs.csrf-token=".length(), cookie.indexOf(';'));
		String token = csrf.jsonToken();
		assertThat(value).as("token|sha256(token + secret), the bar encoded as Auth.js writes it")
			.isEqualTo(token + "%7C" + sha256(token + SECRET));
		assertThat(token).matches("[0-9a-f]{64}");
		assertThat(attributes(cookie)).contains("path=/", "httponly", "samesite=lax")
			.noneMatch((attribute) -> attribute.startsWith("domain") || attribute.equals("secure"));
	}

	@Test
	void overHttpsTheCsrfCookieHasTheHostPrefixAndOnlyThatOneCounts() {
		Map<String, String> https = Map.of("X-Forwarded-Proto", "https");
		Response csrf = send("GET", "/api/auth/csrf", https, null);
		String cookie = csrf.setCookie("__Host-authjs.csrf-token");
		assertThat(attributes(cookie)).contains("secure", "path=/", "httponly", "samesite=lax")
			.noneMatch((attribute) -> attribute.startsWith("domain"));
		String signed = cookie.substring(0, cookie.indexOf(';')).substring("__Host-".length());

		// The same signed value without the prefix could come from a sibling subdomain or plain HTTP.
		assertThat(requestLink(Map.of("X-Forwarded-Proto", "https", "Cookie", signed), csrf.jsonToken()).status())
			.isEqualTo(403);
		assertThat(requestLink(Map.of("X-Forwarded-Proto", "https", "Cookie", "__Host-" + signed), csrf.jsonToken())
			.status()).isEqualTo(303);
	}

	@ParameterizedTest(name = "field {0}")
	@ValueSource(strings = { "raw", "masked as Spring Security does" })
	void aPlantedUnsignedCookieWithAMatchingFieldIsRefused(String form) {
		String planted = "planted-by-a-sibling-subdomain";
		String field = form.equals("raw") ? planted : springMasked(planted);
		int sent = links().count();

		Response response = requestLink(
				Map.of("Cookie", "XSRF-TOKEN=" + planted + "; authjs.csrf-token=" + planted), field);

		assertThat(response.status()).as("login CSRF refused").isEqualTo(403);
		assertThat(links().count()).as("links sent").isEqualTo(sent);
	}

	@Test
	void aCookieSignedWithTheSecretIsAcceptedAsAuthJsWroteItAndOneWithAWrongHashIsNot() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		String token = HexFormat.of().formatHex(bytes);

		assertThat(requestLink(Map.of("Cookie", "authjs.csrf-token=" + token + "%7C" + sha256(token + SECRET)), token)
			.status()).as("Auth.js's cookie with the same secret").isEqualTo(303);
		assertThat(requestLink(Map.of("Cookie", "authjs.csrf-token=" + token + "|" + sha256(token + SECRET)), token)
			.status()).as("the same with the bar unencoded").isEqualTo(303);
		assertThat(requestLink(Map.of("Cookie", "authjs.csrf-token=" + token + "|" + sha256(token + "other-secret")),
				token)
			.status()).as("a hash made with another secret").isEqualTo(403);
		assertThat(requestLink(Map.of("Cookie", "authjs.csrf-token=" + token + "|"), token).status())
			.as("no hash")
			.isEqualTo(403);
	}

	@Test
	void signingInGivesTheBrowserANewCsrfToken() {
		TestBrowser browser = new TestBrowser();
		String before = csrfToken(browser);
		assertThat(browser.cookie(this.appUrl, "authjs.csrf-token")).as("the CSRF cookie before sign-in").isPresent();
		String email = "renew-" + UUID.randomUUID() + "@example.com";
		assertThat(browser.post(this.appUrl + "/api/auth/signin/email", Map.of("csrfToken", before, "email", email))
			.status()).isEqualTo(303);
		String link = links().last().url();
		String linkToken = Pattern.compile("token=([0-9a-f]+)").matcher(link).results().findFirst().orElseThrow()
			.group(1);
		assertThat(browser.get(link).status()).isEqualTo(200);

		TestBrowser.Response signedIn = browser.post(this.appUrl + "/api/auth/callback/email",
				Map.of("csrfToken", before, "token", linkToken, "email", email));

		assertThat(signedIn.status()).isEqualTo(303);
		assertThat(browser.cookie(this.appUrl, "authjs.csrf-token")).as("the CSRF cookie after sign-in").isEmpty();
		String after = csrfToken(browser);
		assertThat(after).isNotEqualTo(before);
		assertThat(browser.post(this.appUrl + "/api/auth/signout", Map.of("csrfToken", after)).status())
			.isEqualTo(303);
	}

	// The Origin check

	@ParameterizedTest(name = "Origin: {0}")
	@ValueSource(strings = { "http://evil.example", "null", "http://127.0.0.1.evil.example", "https://127.0.0.1",
			"http://127.0.0.1:1" })
	void aStateChangingRequestFromAnotherOriginIsRefusedEvenWithAValidCsrfToken(String origin) {
		Csrf csrf = csrf();
		int sent = links().count();

		Response response = requestLink(Map.of("Cookie", csrf.cookie(), "Origin", origin), csrf.token());

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).contains("another site").contains(this.appUrl);
		assertThat(links().count()).as("links sent").isEqualTo(sent);
	}

	@Test
	void aCrossSiteRequestWithoutOriginIsRefusedByItsFetchMetadata() {
		Csrf csrf = csrf();
		assertThat(requestLink(Map.of("Cookie", csrf.cookie(), "Sec-Fetch-Site", "cross-site"), csrf.token()).status())
			.isEqualTo(403);
	}

	@Test
	void originNullIsAcceptedOnlyWhenTheBrowserSaysTheRequestIsSameOrigin() {
		// What a browser sends from a page under Referrer-Policy: no-referrer, as the starter's pages are.
		Csrf csrf = csrf();
		assertThat(requestLink(Map.of("Cookie", csrf.cookie(), "Origin", "null", "Sec-Fetch-Site", "same-origin"),
				csrf.token())
			.status()).isEqualTo(303);
		assertThat(requestLink(Map.of("Cookie", csrf.cookie(), "Origin", "null", "Sec-Fetch-Site", "cross-site"),
				csrf.token())
			.status()).isEqualTo(403);
		assertThat(requestLink(Map.of("Cookie", csrf.cookie(), "Origin", "null", "Sec-Fetch-Site", "same-site"),
				csrf.token())
			.status()).isEqualTo(403);
	}

	@Test
	void aSameOriginRequestIsAccepted() {
		Csrf csrf = csrf();
		assertThat(requestLink(Map.of("Cookie", csrf.cookie(), "Origin", this.appUrl, "Sec-Fetch-Site", "same-origin"),
				csrf.token())
			.status()).isEqualTo(303);
	}

	@Test
	void aRequestWithoutOriginFollowsTheCsrfRules() {
		Csrf csrf = csrf();
		assertThat(requestLink(Map.of("Cookie", csrf.cookie()), csrf.token()).status()).isEqualTo(303);
		assertThat(requestLink(Map.of("Cookie", csrf.cookie()), "not-the-token").status()).isEqualTo(403);
		assertThat(requestLink(Map.of(), csrf.token()).status()).isEqualTo(403);
	}

	// Headers

	@Test
	void theBuiltInPagesSendAStrictContentSecurityPolicyAndNoReferrer() {
		Csrf csrf = csrf();
		List<Response> pages = List.of(send("GET", "/api/auth/signin", Map.of(), null),
				send("GET", "/api/auth/verify-request", Map.of(), null),
				send("GET", "/api/auth/callback/email?token=abc&email=a%40example.com", Map.of(), null),
				send("POST", "/api/auth/callback/email", Map.of("Cookie", csrf.cookie()),
						"token=abc&email=a%40example.com&csrfToken=" + csrf.token()));
		assertThat(pages).extracting(Response::status).containsExactly(200, 200, 200, 400);
		for (Response page : pages) {
			assertThat(page.header("Content-Security-Policy")).as(page.target()).isEqualTo(CONTENT_SECURITY_POLICY);
			assertThat(page.header("Referrer-Policy")).as(page.target()).isEqualTo("no-referrer");
		}
		assertThat(send("GET", "/api/auth/session", Map.of(), null).header("Referrer-Policy")).isEqualTo("no-referrer");
	}

	@Test
	void theApplicationsOwnPagesKeepTheirHeaders() {
		Response page = send("GET", "/notes", Map.of("Accept", "text/html"), null);
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.header("Content-Security-Policy")).isNull();
		assertThat(page.header("Referrer-Policy")).isNull();
	}

	@AfterAll
	void noRequestGotA5xx() {
		// Every response was checked in send(); this prints the figure for the record.
		System.out.println(getClass().getSimpleName() + ": " + this.requests.get() + " requests, no 5xx");
	}

	private Response requestLink(Map<String, String> headers, String csrfToken) {
		String email = "someone-" + UUID.randomUUID() + "@example.com";
		return send("POST", "/api/auth/signin/email", headers,
				"email=" + encode(email) + "&csrfToken=" + encode(csrfToken));
	}

	private Csrf csrf() {
		Response response = send("GET", "/api/auth/csrf", Map.of(), null);
		String cookie = response.setCookie("authjs.csrf-token");
		return new Csrf(response.jsonToken(), cookie.substring(0, cookie.indexOf(';')));
	}

	private String csrfToken(TestBrowser browser) {
		Matcher token = CSRF_TOKEN.matcher(browser.get(this.appUrl + "/api/auth/csrf").body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private CsrfTestApplication.SentLinks links() {
		if (this.app == null) {
			throw new IllegalStateException("The application has not been started");
		}
		return this.app.getBean(CsrfTestApplication.SentLinks.class);
	}

	private Response send(String method, String target, Map<String, String> headers, @Nullable String form) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.appUrl + target))
			.method(method, (form != null) ? HttpRequest.BodyPublishers.ofString(form)
					: HttpRequest.BodyPublishers.noBody());
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded");
		}
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			this.requests.incrementAndGet();
			assertThat(response.statusCode()).as(method + " " + target + ": " + response.body()).isLessThan(500);
			return new Response(method + " " + target, response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> attributes(String setCookie) {
		String[] parts = setCookie.split(";");
		return Arrays.stream(parts).skip(1).map((part) -> part.trim().toLowerCase(Locale.ROOT)).toList();
	}

	/**
	 * The token as Spring Security's {@code XorCsrfTokenRequestAttributeHandler} renders it into a form.
	 */
	private static String springMasked(String token) {
		byte[] tokenBytes = token.getBytes(StandardCharsets.UTF_8);
		byte[] random = new byte[tokenBytes.length];
		new SecureRandom().nextBytes(random);
		byte[] combined = new byte[tokenBytes.length * 2];
		for (int i = 0; i < tokenBytes.length; i++) {
			combined[i] = random[i];
			combined[tokenBytes.length + i] = (byte) (random[i] ^ tokenBytes[i]);
		}
		return Base64.getUrlEncoder().encodeToString(combined);
	}

	/**
	 * Auth.js's createHash: the SHA-256 of the text, as lower-case hex.
	 */
	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private record Csrf(String token, String cookie) {
	}

	private record Response(String target, HttpResponse<String> response) {

		int status() {
			return this.response.statusCode();
		}

		String body() {
			return this.response.body();
		}

		@Nullable String header(String name) {
			return this.response.headers().firstValue(name).orElse(null);
		}

		String setCookie(String name) {
			return this.response.headers()
				.allValues("Set-Cookie")
				.stream()
				.filter((cookie) -> cookie.startsWith(name + "="))
				.findFirst()
				.orElseThrow(() -> new AssertionError(
						"No " + name + " cookie in " + this.response.headers().allValues("Set-Cookie")));
		}

		String jsonToken() {
			Matcher token = CSRF_TOKEN.matcher(body());
			assertThat(token.find()).as(body()).isTrue();
			return token.group(1);
		}

	}

}
