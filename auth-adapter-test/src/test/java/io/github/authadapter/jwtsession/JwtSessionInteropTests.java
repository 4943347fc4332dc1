package io.github.authadapter.jwtsession;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.crypto.AuthJsJweCodec;
import io.github.authadapter.crypto.AuthJsJwtFormat;
import io.github.authadapter.test.hostile.RawHttp;
import io.github.authadapter.test.hostile.RawHttp.Response;
import io.github.authadapter.test.AuthJsJwtScript;
import io.github.authadapter.test.TestDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JWT sessions between the real {@code @auth/core} (Auth.js v5) and {@code next-auth} 4 from npm and an application
 * on the starter with {@code auth.adapter.session.strategy=jwt}, over real HTTP, both ways: the application signs in
 * exactly the cookies that Auth.js accepts, and Auth.js's {@code getToken} and {@code decode} read the cookies that the
 * application's sign-in by email sets, chunks and all. The Node side is {@code interop/authjs-jwt/jwt-interop.mjs}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JwtSessionInteropTests {

	private static final String COOKIE = "authjs.session-token";

	private static final String SECURE_COOKIE = "__Secure-authjs.session-token";

	private static final String V4_COOKIE = "next-auth.session-token";

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	private final String secret = randomSecret();

	private final String oldSecret = randomSecret();

	private @Nullable ConfigurableApplicationContext app;

	private AuthJsJwtScript node;

	private int port;

	@BeforeAll
	void start() {
		this.node = AuthJsJwtScript.installed();
		this.app = new SpringApplicationBuilder(JwtSessionApplication.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "spring.jmx.enabled=false",
					"spring.datasource.url=" + database.jdbcUrl(), "spring.datasource.username=" + database.username(),
					"spring.datasource.password=" + database.password(), "spring.jpa.open-in-view=false",
					// The Next.js app's AUTH_SECRET_1 and AUTH_SECRET, as Auth.js lists them: newest first.
					"auth.adapter.secret=" + this.secret + "," + this.oldSecret,
					"auth.adapter.session.strategy=jwt", "auth.adapter.trusted-hosts=127.0.0.1",
					"auth.adapter.cleanup.cron=-", "logging.level.root=warn")
			.run();
		this.port = ((WebServerApplicationContext) this.app).getWebServer().getPort();
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void theApplicationSignsInExactlyTheCookiesThatAuthJsAccepts() {
		List<Case> cases = new ArrayList<>();
		Map<String, Object> claims = Map.of("sub", "user-1", "name", "Ada", "email", "ada@example.com", "role", "admin");
		cases.add(new Case("v5", COOKIE, encodeV5(claims, this.secret, COOKIE, null), true));
		cases.add(new Case("v5 over HTTPS", SECURE_COOKIE, encodeV5(claims, this.secret, SECURE_COOKIE, null), true));
		cases.add(new Case("v5 of the old secret", COOKIE, encodeV5(claims, this.oldSecret, COOKIE, null), true));
		cases.add(new Case("v5 of another secret", COOKIE, encodeV5(claims, randomSecret(), COOKIE, null), false));
		cases.add(new Case("v5 for the other cookie name", COOKIE, encodeV5(claims, this.secret, SECURE_COOKIE, null),
				false));
		cases.add(new Case("v5 expired an hour ago", COOKIE, encodeV5(claims, this.secret, COOKIE, -3600), false));
		cases.add(new Case("v5 expired 20 s ago", COOKIE, encodeV5(claims, this.secret, COOKIE, -20), false));
		cases.add(new Case("v5 expired 5 s ago, within the tolerance", COOKIE,
				encodeV5(claims, this.secret, COOKIE, -5), true));
		cases.add(new Case("v4", V4_COOKIE, operation("encode", "v4", "claims", claims, "secret", this.secret), true));
		cases.add(new Case("v4 of the old secret", V4_COOKIE,
				operation("encode", "v4", "claims", claims, "secret", this.oldSecret), true));
		cases.add(new Case("v4 of another secret", V4_COOKIE,
				operation("encode", "v4", "claims", claims, "secret", randomSecret()), false));
		cases.add(new Case("v4 expired", V4_COOKIE,
				operation("encode", "v4", "claims", claims, "secret", this.secret, "maxAge", -20), false));
		List<JsonNode> tokens = this.node.run(cases.stream().map(Case::encode).toList());
		for (int i = 0; i < cases.size(); i++) {
			Case tried = cases.get(i);
			String token = tokens.get(i).get("token").asString();
			Response session = get("/api/auth/session", tried.cookie() + "=" + token);
			assertThat(session.status()).as(tried.label()).isEqualTo(200);
			if (tried.valid()) {
				assertThat(session.body()).as(tried.label()).contains("\"email\":\"ada@example.com\"");
				assertThat(get("/me", tried.cookie() + "=" + token).body()).as(tried.label())
					.isEqualTo("user-1 ada@example.com admin");
			}
			else {
				assertThat(session.body()).as(tried.label()).isEqualTo("null");
			}
		}
		// And Auth.js itself, given both secrets, reads exactly the v5 tokens that the application read.
		List<Map<String, ?>> byAuthJs = new ArrayList<>();
		for (int i = 0; i < cases.size(); i++) {
			if (cases.get(i).version().equals("v5")) {
				byAuthJs.add(operation("decode", "v5", "token", tokens.get(i).get("token").asString(), "secret",
						List.of(this.secret, this.oldSecret), "salt", cases.get(i).cookie()));
			}
		}
		List<Boolean> authJsAccepted = this.node.run(byAuthJs).stream().map((result) -> result.has("claims")).toList();
		assertThat(authJsAccepted).isEqualTo(
				cases.stream().filter((tried) -> tried.version().equals("v5")).map(Case::valid).toList());
	}

	@Test
	void theApplicationReadsTenKilobytesOfClaimsThatAuthJsChunked() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("sub", "user-2");
		claims.put("email", "big@example.com");
		claims.put("role", "big");
		claims.put("permissions", JwtSessionApplication.permissionList());
		String token = this.node.run(encodeV5(claims, this.secret, COOKIE, null)).get("token").asString();
		JsonNode written = this.node.run(operation("chunk", "v5", "name", COOKIE, "value", token)).get("cookies");
		List<String> cookies = new ArrayList<>();
		written.forEach((cookie) -> cookies.add(cookie.get("name").asString() + "=" + cookie.get("value").asString()));
		assertThat(cookies).hasSizeGreaterThanOrEqualTo(3);
		assertThat(get("/me", String.join("; ", cookies)).body()).isEqualTo("user-2 big@example.com big");
		// One chunk fewer is a broken token, for the application as for Auth.js.
		Response missing = get("/api/auth/session", String.join("; ", cookies.subList(0, cookies.size() - 1)));
		assertThat(missing.body()).isEqualTo("null");
	}

	@Test
	void authJsReadsTheCookieThatSignInByEmailSets() {
		Browser browser = new Browser(this.port);
		String email = "ada-" + System.nanoTime() + "@example.com";
		assertThat(browser.signInByEmail(email, sentLinks()).status()).isEqualTo(303);
		AdapterUser user = adapter().getUserByEmail(email).orElseThrow();
		assertThat(browser.cookies()).containsKey(COOKIE);
		String token = browser.cookies().get(COOKIE);
		List<JsonNode> read = this.node.run(List.of(
				operation("getToken", "v5", "cookies", browser.cookies(), "secret", List.of(this.secret, this.oldSecret),
						"cookieName", COOKIE),
				operation("decode", "v5", "token", token, "secret", this.secret, "salt", COOKIE),
				operation("decode", "v5", "token", token, "secret", this.oldSecret, "salt", COOKIE)));
		for (JsonNode result : read.subList(0, 2)) {
			JsonNode claims = result.get("claims");
			assertThat(claims.get("sub").asString()).isEqualTo(user.id());
			assertThat(claims.get("email").asString()).isEqualTo(email);
			assertThat(claims.get("role").asString()).isEqualTo("member");
			assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(30 * 24 * 3600);
		}
		// Encrypted with the newest secret, which Auth.js also encrypts with.
		assertThat(read.get(2).has("error")).isTrue();
	}

	@Test
	void authJsJoinsTheChunksOfALargeTokenAndSigningOutRemovesEveryOne() {
		Browser browser = new Browser(this.port);
		String email = JwtSessionApplication.BIG + System.nanoTime() + "@example.com";
		assertThat(browser.signInByEmail(email, sentLinks()).status()).isEqualTo(303);
		List<String> chunks = browser.cookies().keySet().stream().filter((name) -> name.startsWith(COOKIE)).toList();
		assertThat(chunks).hasSizeGreaterThanOrEqualTo(3).allMatch((name) -> name.matches("authjs\\.session-token\\.\\d"));
		JsonNode claims = this.node.run(operation("getToken", "v5", "cookies", browser.cookies(), "secret",
				List.of(this.secret, this.oldSecret), "cookieName", COOKIE)).get("claims");
		assertThat(claims.get("email").asString()).isEqualTo(email);
		assertThat(claims.get("permissions")).hasSize(JwtSessionApplication.permissionList().size());
		assertThat(browser.get("/me").body()).endsWith(email + " member");

		Response signedOut = browser.post("/api/auth/signout", "");
		assertThat(signedOut.status()).isEqualTo(303);
		List<String> removed = signedOut.values("Set-Cookie").stream()
			.filter((cookie) -> cookie.contains("Max-Age=0"))
			.map((cookie) -> cookie.substring(0, cookie.indexOf('=')))
			.toList();
		assertThat(removed).containsAll(chunks);
		assertThat(browser.cookies().keySet()).noneMatch((name) -> name.startsWith(COOKIE));
		assertThat(browser.get("/api/auth/session").body()).isEqualTo("null");
	}

	@Test
	void authJsReadsTheTokenThatTheApplicationIssuedAgainWithANewExpiry() {
		Clock twoDaysAgo = Clock.offset(Clock.systemUTC(), Duration.ofDays(-2));
		String old = new AuthJsJweCodec(AuthJsJwtFormat.AUTH_JS, List.of(this.secret), COOKIE, twoDaysAgo)
			.encode(Map.of("sub", "user-3", "email", "slide@example.com", "role", "kept"), Duration.ofDays(30));
		Response response = get("/me", COOKIE + "=" + old);
		assertThat(response.body()).isEqualTo("user-3 slide@example.com kept");
		String reissued = response.values("Set-Cookie").stream()
			.filter((cookie) -> cookie.startsWith(COOKIE + "="))
			.findFirst()
			.orElseThrow()
			.split(";")[0]
			.substring(COOKIE.length() + 1);
		JsonNode claims = this.node.run(operation("decode", "v5", "token", reissued, "secret", this.secret, "salt",
				COOKIE)).get("claims");
		assertThat(claims.get("role").asString()).isEqualTo("kept");
		assertThat(claims.get("iat").asLong()).isGreaterThan(twoDaysAgo.instant().getEpochSecond() + 86_400);
	}

	private Response get(String target, String cookie) {
		return new RawHttp(this.port).send("GET " + target + " HTTP/1.1\nCookie: " + cookie, new byte[0]);
	}

	private Adapter adapter() {
		return this.app.getBean(Adapter.class);
	}

	private JwtSessionApplication.SentLinks sentLinks() {
		return this.app.getBean(JwtSessionApplication.SentLinks.class);
	}

	private static Map<String, Object> encodeV5(Map<String, ?> claims, String secret, String salt,
			@Nullable Integer maxAge) {
		Map<String, Object> operation = operation("encode", "v5", "claims", claims, "secret", secret, "salt", salt);
		if (maxAge != null) {
			operation.put("maxAge", maxAge);
		}
		return operation;
	}

	static Map<String, Object> operation(String op, String version, Object... keysAndValues) {
		Map<String, Object> operation = new LinkedHashMap<>();
		operation.put("op", op);
		operation.put("version", version);
		for (int i = 0; i < keysAndValues.length; i += 2) {
			operation.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return operation;
	}

	static String randomSecret() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	/**
	 * A token that Auth.js encodes, the cookie it is sent in, and whether it is a valid session.
	 */
	private record Case(String label, String cookie, Map<String, Object> encode, boolean valid) {

		String version() {
			return (String) this.encode.get("version");
		}

	}

}
