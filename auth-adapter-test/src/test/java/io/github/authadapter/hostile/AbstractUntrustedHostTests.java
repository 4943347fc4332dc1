package io.github.authadapter.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.authadapter.test.TestDatabase;
import io.github.authadapter.test.hostile.HostileInputApplication;
import io.github.authadapter.test.hostile.HostileInputApplication.SentLinks;
import io.github.authadapter.test.hostile.RawHttp;
import io.github.authadapter.test.hostile.RawHttp.Response;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Host-header poisoning over real HTTP: a sign-in request for a host that is not the application's must not mail a
 * link to that host, because whoever receives the click gets the token. Two applications run on the database of the
 * subclass: one that trusts only the host {@code 127.0.0.1} and reads forwarded headers, and one with
 * {@code auth.adapter.url} set.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractUntrustedHostTests {

	private static final Pattern CSRF_TOKEN = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");

	private static final String CONFIGURED_URL = "https://app.example";

	private @Nullable ConfigurableApplicationContext trustedHostsApp;

	private @Nullable ConfigurableApplicationContext configuredUrlApp;

	private int addresses;

	/**
	 * The database of the applications, registered by the subclass as an extension.
	 */
	protected abstract TestDatabase database();

	@BeforeAll
	void start() {
		this.trustedHostsApp = start("auth.adapter.trusted-hosts=127.0.0.1", "server.forward-headers-strategy=framework");
		this.configuredUrlApp = start("auth.adapter.url=" + CONFIGURED_URL);
	}

	private ConfigurableApplicationContext start(String... properties) {
		return new SpringApplicationBuilder(HostileInputApplication.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "spring.jmx.enabled=false",
					"spring.datasource.url=" + database().jdbcUrl(),
					"spring.datasource.username=" + database().username(),
					"spring.datasource.password=" + database().password(), "spring.jpa.hibernate.ddl-auto=validate",
					"spring.jpa.open-in-view=false", "auth.adapter.secret=untrusted-host-test-secret-32-bytes",
					"auth.adapter.cleanup.cron=-", "logging.level.root=warn")
			.properties(properties)
			.run();
	}

	@AfterAll
	void stop() {
		for (ConfigurableApplicationContext app : new ConfigurableApplicationContext[] { this.trustedHostsApp,
				this.configuredUrlApp }) {
			if (app != null) {
				app.close();
			}
		}
	}

	static Stream<Arguments> untrustedHosts() {
		return Stream.of(arguments("Host", "Host: evil.example"), arguments("Host with a port", "Host: evil.example:80"),
				arguments("trusted host as a prefix", "Host: 127.0.0.1.evil.example"),
				arguments("X-Forwarded-Host", "X-Forwarded-Host: evil.example"),
				arguments("X-Forwarded-Host with https", "X-Forwarded-Host: evil.example\nX-Forwarded-Proto: https"),
				arguments("Forwarded", "Forwarded: host=evil.example;proto=https"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("untrustedHosts")
	void aSignInRequestForAnUntrustedHostIsRefusedAndNeitherSendsNorStoresALink(String label, String hostHeaders) {
		int sent = sentLinks(trustedHostsApp()).count();
		String email = nextAddress();

		Response response = postForm(trustedHostsApp(), "/api/auth/signin/email", "email=" + encode(email),
				hostHeaders);

		assertThat(response.status()).as(response::toString).isEqualTo(400);
		assertThat(response.body()).contains("UntrustedHost");
		assertThat(sentLinks(trustedHostsApp()).count()).isEqualTo(sent);
		assertThat(tokensOf(email)).isZero();
	}

	@Test
	void anEncodedPathForAnUntrustedHostIsRefusedToo() {
		int sent = sentLinks(trustedHostsApp()).count();
		String email = nextAddress();

		Response response = postForm(trustedHostsApp(), "/api/%61uth/signin/email", "email=" + encode(email),
				"Host: evil.example");

		assertThat(response.status()).as(response::toString).isEqualTo(400);
		assertThat(sentLinks(trustedHostsApp()).count()).isEqualTo(sent);
		assertThat(tokensOf(email)).isZero();
	}

	@ParameterizedTest
	@MethodSource("startersPages")
	void theStartersPagesAndEndpointsRefuseAnUntrustedHost(String target) {
		Response response = http(trustedHostsApp()).send("GET " + target + " HTTP/1.1\nHost: evil.example",
				new byte[0]);

		assertThat(response.status()).as(response::toString).isEqualTo(400);
	}

	static Stream<String> startersPages() {
		return Stream.of("/api/auth/providers", "/api/auth/signin", "/api/auth/csrf", "/api/auth/session",
				"/api/auth/verify-request");
	}

	@Test
	void aTrustedHostGetsALinkToItself() {
		String email = nextAddress();

		Response response = postForm(trustedHostsApp(), "/api/auth/signin/email", "email=" + encode(email), "");

		assertThat(response.status()).as(response::toString).isEqualTo(303);
		assertThat(sentLinks(trustedHostsApp()).last().url())
			.startsWith("http://127.0.0.1:" + port(trustedHostsApp()) + "/api/auth/callback/email?");
		assertThat(tokensOf(email)).isOne();
	}

	@Test
	void aTrustedHostForwardedByAProxyGetsALinkToTheForwardedAddress() {
		String email = nextAddress();

		String forwarded = "X-Forwarded-Host: 127.0.0.1\nX-Forwarded-Proto: https";
		// The CSRF cookie of an https request is the __Host- one, so the token is fetched through the proxy too.
		Response response = postForm(trustedHostsApp(), "/api/auth/signin/email", "email=" + encode(email), forwarded,
				forwarded);

		assertThat(response.status()).as(response::toString).isEqualTo(303);
		assertThat(sentLinks(trustedHostsApp()).last().url()).startsWith("https://127.0.0.1/api/auth/callback/email?");
	}

	@Test
	void theProvidersOfATrustedHostListEmailWithItsAddress() {
		Response response = http(trustedHostsApp()).send("GET /api/auth/providers HTTP/1.1", new byte[0]);

		String base = "http://127.0.0.1:" + port(trustedHostsApp()) + "/api/auth";
		assertThat(response.status()).as(response::toString).isEqualTo(200);
		assertThat(response.header("Content-Type")).hasValueSatisfying((type) -> assertThat(type)
			.startsWith("application/json"));
		assertThat(response.body()).isEqualTo("{\"email\":{\"id\":\"email\",\"name\":\"Email\",\"type\":\"email\","
				+ "\"signinUrl\":\"" + base + "/signin/email\",\"callbackUrl\":\"" + base + "/callback/email\"}}");
	}

	@Test
	void withAConfiguredAddressTheLinkGoesThereWhateverTheHost() {
		String email = nextAddress();

		Response response = postForm(configuredUrlApp(), "/api/auth/signin/email", "email=" + encode(email),
				"Host: evil.example\nX-Forwarded-Host: evil.example");

		assertThat(response.status()).as(response::toString).isEqualTo(303);
		assertThat(sentLinks(configuredUrlApp()).last().url())
			.startsWith(CONFIGURED_URL + "/api/auth/callback/email?");
		assertThat(tokensOf(email)).isOne();
	}

	@Test
	void withAConfiguredAddressTheProvidersListItWhateverTheHost() {
		Response response = http(configuredUrlApp()).send("GET /api/auth/providers HTTP/1.1\nHost: evil.example",
				new byte[0]);

		assertThat(response.status()).as(response::toString).isEqualTo(200);
		assertThat(response.body()).contains("\"signinUrl\":\"" + CONFIGURED_URL + "/api/auth/signin/email\"")
			.doesNotContain("evil.example");
	}

	@Test
	void warnsOnceThatCookiesLoseSecureWhenAnHttpsAddressIsReachedOverPlainHttp(CapturedOutput output) {
		http(configuredUrlApp()).send("GET /api/auth/providers HTTP/1.1", new byte[0]);
		http(configuredUrlApp()).send("GET /api/auth/providers HTTP/1.1", new byte[0]);

		assertThat(output.getAll()).containsOnlyOnce("server.forward-headers-strategy");
	}

	/**
	 * Posts a form with a CSRF token fetched from the trusted address, and the given extra headers.
	 */
	private Response postForm(ConfigurableApplicationContext app, String path, String form, String headers) {
		return postForm(app, path, form, headers, "");
	}

	private Response postForm(ConfigurableApplicationContext app, String path, String form, String headers,
			String csrfHeaders) {
		Response csrf = http(app)
			.send("GET /api/auth/csrf HTTP/1.1" + (csrfHeaders.isEmpty() ? "" : "\n" + csrfHeaders), new byte[0]);
		Matcher token = CSRF_TOKEN.matcher(csrf.body());
		assertThat(token.find()).as(csrf::toString).isTrue();
		List<String> cookies = csrf.values("Set-Cookie").stream().map((cookie) -> cookie.split(";")[0]).toList();
		String body = form + "&csrfToken=" + encode(token.group(1));
		return http(app).send("POST " + path + " HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\nCookie: "
				+ String.join("; ", cookies) + (headers.isEmpty() ? "" : "\n" + headers),
				body.getBytes(StandardCharsets.ISO_8859_1));
	}

	private String nextAddress() {
		return "host-test-" + (++this.addresses) + "@example.com";
	}

	private int tokensOf(String email) {
		Integer count = new JdbcTemplate(database().dataSource())
			.queryForObject("SELECT COUNT(*) FROM verification_token WHERE identifier = ?", Integer.class, email);
		return (count != null) ? count : 0;
	}

	private static SentLinks sentLinks(ConfigurableApplicationContext app) {
		return app.getBean(SentLinks.class);
	}

	private static RawHttp http(ConfigurableApplicationContext app) {
		return new RawHttp(port(app));
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	private ConfigurableApplicationContext trustedHostsApp() {
		if (this.trustedHostsApp == null) {
			throw new IllegalStateException("The application has not been started");
		}
		return this.trustedHostsApp;
	}

	private ConfigurableApplicationContext configuredUrlApp() {
		if (this.configuredUrlApp == null) {
			throw new IllegalStateException("The application has not been started");
		}
		return this.configuredUrlApp;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
