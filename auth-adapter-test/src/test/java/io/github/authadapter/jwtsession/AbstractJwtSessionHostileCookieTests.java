package io.github.authadapter.jwtsession;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.authadapter.crypto.AuthJsJweCodec;
import io.github.authadapter.crypto.AuthJsJwtFormat;
import io.github.authadapter.test.hostile.RawHttp;
import io.github.authadapter.test.hostile.RawHttp.Response;
import io.github.authadapter.test.logs.RecordedLog;
import io.github.authadapter.test.AuthJsJwtScript;
import io.github.authadapter.test.TestDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Hostile JWT session cookies on every route of an application with {@code auth.adapter.session.strategy=jwt}, over
 * real HTTP: tampered, truncated, expired, wrongly keyed, oversized and malformed tokens (bad base64, a header or a
 * payload that is no JSON, headers that Auth.js never writes), missing and doubled chunks. Each request is answered as
 * if signed out, never with a 5xx; no cookie is issued for it; the filter logs at most one DEBUG line, without the
 * token or a stack trace. Subclasses choose the database and whether users are loaded from it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractJwtSessionHostileCookieTests {

	private static final String COOKIE = "authjs.session-token";

	private static final Pattern CSRF_TOKEN = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");

	private static final String SECRET = JwtSessionInteropTests.randomSecret();

	/**
	 * Every route of the application, with a form where it takes one, posted with a valid CSRF token. Not
	 * {@code /error}, which Spring Boot answers with a 500 when it is asked for directly, whatever the cookies.
	 */
	private static final List<Route> ROUTES = List.of(new Route("GET", "/api/auth/session", null),
			new Route("GET", "/me", null), new Route("GET", "/api/auth/csrf", null),
			new Route("GET", "/api/auth/providers", null), new Route("GET", "/api/auth/signin", null),
			new Route("GET", "/api/auth/verify-request", null),
			new Route("GET", "/api/auth/callback/email?email=a%40example.com&token=abc", null),
			new Route("GET", "/api/auth/error?error=AccessDenied", null), new Route("GET", "/", null),
			new Route("POST", "/api/auth/signout", ""),
			new Route("POST", "/api/auth/signout", "everywhere=true"),
			new Route("POST", "/api/auth/signin/email", "email=hostile-%d%%40example.com"),
			new Route("POST", "/api/auth/callback/email", "email=a%40example.com&token=abc"),
			new Route("POST", "/api/auth/sessions/revoke", "session=abc"),
			new Route("POST", "/api/auth/accounts/unlink", "provider=x&providerAccountId=y"));

	private final AtomicInteger addresses = new AtomicInteger();

	private @Nullable ConfigurableApplicationContext app;

	private @Nullable RawHttp http;

	private int requests;

	private int debugLines;

	/**
	 * The database of the application, registered by the subclass as an extension.
	 */
	protected abstract TestDatabase database();

	/**
	 * Whether the application loads the user of a token through the Adapter, and accepts database sessions too.
	 */
	protected abstract boolean loadUsers();

	@BeforeAll
	void start() {
		RecordedLog.startRecording();
		this.app = new SpringApplicationBuilder(JwtSessionApplication.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "spring.jmx.enabled=false",
					"spring.datasource.url=" + database().jdbcUrl(),
					"spring.datasource.username=" + database().username(),
					"spring.datasource.password=" + database().password(), "spring.jpa.open-in-view=false",
					"auth.adapter.secret=" + SECRET, "auth.adapter.session.strategy=jwt",
					"auth.adapter.session.jwt.load-user=" + loadUsers(),
					"auth.adapter.session.accept=" + (loadUsers() ? "database" : "jwt"),
					"auth.adapter.trusted-hosts=127.0.0.1", "auth.adapter.cleanup.cron=-",
					"auth.adapter.email.rate-limit.per-client.capacity=100000", RecordedLog.LOGGING_CONFIG,
					"logging.level.root=WARN", "logging.level.io.github.authadapter.jwt=DEBUG")
			.run();
		this.http = new RawHttp(((WebServerApplicationContext) this.app).getWebServer().getPort());
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		RecordedLog.stopRecording();
		// For the report: how many hostile requests this class sent.
		System.out.println(getClass().getSimpleName() + ": " + this.requests + " requests with hostile JWT cookies, "
				+ this.debugLines + " DEBUG lines of the JWT filter");
		// The log was recorded: most refusals said why, so that the limit of one line a request means something.
		assertThat(this.debugLines).isGreaterThan(this.requests / 2);
	}

	static Stream<Arguments> hostileCookies() {
		AuthJsJwtScript node = AuthJsJwtScript.installed();
		AuthJsJweCodec codec = AuthJsJweCodec.authJs(List.of(SECRET), COOKIE);
		String valid = codec.encode(Map.of("sub", "1", "email", "ada@example.com"), Duration.ofDays(1));
		String[] parts = valid.split("\\.", -1);
		String big = new AuthJsJweCodec(AuthJsJwtFormat.AUTH_JS, List.of(SECRET), COOKIE, Clock.systemUTC())
			.encode(Map.of("sub", "1", "permissions", JwtSessionApplication.permissionList()), Duration.ofDays(1));
		List<String> chunks = chunks(big);
		List<JsonToken> crafted = List.of(new JsonToken("payload that is no JSON", "not json", Map.of()),
				new JsonToken("payload a JSON array", "[1,2,3]", Map.of()),
				new JsonToken("payload without exp", "{\"sub\":\"1\"}", Map.of()),
				new JsonToken("exp as text", "{\"sub\":\"1\",\"exp\":\"tomorrow\"}", Map.of()),
				new JsonToken("iat as text", "{\"sub\":\"1\",\"exp\":99999999999,\"iat\":\"x\"}", Map.of()),
				new JsonToken("a NUL in sub", "{\"sub\":\"a\\u0000b\",\"exp\":99999999999}", Map.of()),
				new JsonToken("a NUL in the name", "{\"sub\":\"1\",\"name\":\"\\u0000\",\"exp\":99999999999}",
						Map.of()));
		List<String> craftedTokens = node.run(crafted.stream()
			.map((token) -> JwtSessionInteropTests.operation("encrypt", "v5", "payload", token.payload(), "secret",
					SECRET, "salt", COOKIE, "header", token.header()))
			.toList()).stream().map((result) -> result.get("token").asString()).toList();
		String expired = node.run(JwtSessionInteropTests.operation("encode", "v5", "claims", Map.of("sub", "1"),
				"secret", SECRET, "salt", COOKIE, "maxAge", -3600)).get("token").asString();
		String otherSecret = AuthJsJweCodec.authJs(List.of(JwtSessionInteropTests.randomSecret()), COOKIE)
			.encode(Map.of("sub", "1"), Duration.ofDays(1));
		String otherSalt = AuthJsJweCodec.authJs(List.of(SECRET), "__Secure-" + COOKIE)
			.encode(Map.of("sub", "1"), Duration.ofDays(1));
		List<Arguments> cases = new ArrayList<>(List.of(arguments("tampered ciphertext", one(flip(valid, 3))),
				arguments("tampered tag", one(flip(valid, 4))), arguments("tampered header", one(flip(valid, 0))),
				arguments("tampered IV", one(flip(valid, 2))),
				arguments("truncated by ten characters", one(valid.substring(0, valid.length() - 10))),
				arguments("four parts", one(valid.substring(0, valid.lastIndexOf('.')))),
				arguments("the header alone", one(parts[0])),
				arguments("six parts", one(valid + ".AAAA")), arguments("expired", one(expired)),
				arguments("another secret's", one(otherSecret)), arguments("another cookie name's", one(otherSalt)),
				arguments("bad base64", one("!!!!." + parts[1] + "." + parts[2] + ".$$$$." + parts[4])),
				arguments("header that is no JSON", one(base64("{not json") + "..AAAA.AAAA.AAAA")),
				arguments("alg none, a signed JWT", one(base64("{\"alg\":\"none\"}") + "." + base64("{\"sub\":\"1\"}") + ".")),
				arguments("alg RSA-OAEP", one(base64("{\"alg\":\"RSA-OAEP\",\"enc\":\"A256GCM\"}") + ".a.b.c.d")),
				arguments("enc A128GCM", one(base64("{\"alg\":\"dir\",\"enc\":\"A128GCM\"}") + "..AAAA.AAAA.AAAA")),
				arguments("compressed (zip)", one(withHeader(valid, ",\"zip\":\"DEF\"}"))),
				arguments("critical header", one(withHeader(valid, ",\"crit\":[\"exp\"],\"exp\":1}"))),
				arguments("empty parts", one("....")), arguments("dots only", one("..........")),
				arguments("SQL", one("' OR 1=1 --")), arguments("NUL byte", one("a\u0000b")),
				arguments("non-ASCII bytes", one("\u00e9\u00ff" + valid)),
				arguments("60 KB of junk in chunks", chunked("A".repeat(60_000))),
				arguments("70 KB in chunks, over every limit", chunked("A".repeat(70_000))),
				arguments("a missing chunk", COOKIE + ".0=" + chunks.get(0) + "; " + COOKIE + ".2=" + chunks.get(2)),
				arguments("a chunk twice", COOKIE + ".0=" + chunks.get(0) + "; " + COOKIE + ".0=" + chunks.get(0) + "; "
						+ COOKIE + ".1=" + chunks.get(1)),
				arguments("chunks beside the whole cookie", COOKIE + "=" + valid + "; " + chunked(big)),
				arguments("chunks out of order, one of them cut", cutChunk(chunks)),
				arguments("chunk 999", COOKIE + ".999=" + valid)));
		for (int i = 0; i < crafted.size(); i++) {
			cases.add(arguments(crafted.get(i).label(), one(craftedTokens.get(i))));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileCookies")
	void aHostileCookieIsSignedOutOnEveryRouteWithoutA5xx(String label, String cookies) {
		for (Route route : ROUTES) {
			int logged = jwtLines().size();
			Response response = send(route, cookies);
			String what = label + " on " + route;
			assertThat(response.status()).as(what + ": " + response.status()).isBetween(200, 499);
			assertThat(response.values("Set-Cookie")).as(what)
				.noneMatch((cookie) -> cookie.startsWith(COOKIE) && !cookie.contains("Max-Age=0"));
			if (route.path().equals("/api/auth/session") && response.status() == 200) {
				assertThat(response.body()).as(what).isEqualTo("null");
			}
			if (route.path().equals("/me") && response.status() != 400) {
				assertThat(response.status()).as(what).isEqualTo(401);
			}
			List<String> lines = jwtLines();
			assertThat(lines.size() - logged).as(what + ": lines " + lines.subList(logged, lines.size()))
				.isLessThanOrEqualTo(1);
			this.debugLines += lines.size() - logged;
			for (String line : lines.subList(logged, lines.size())) {
				assertThat(line).startsWith("DEBUG ").doesNotContain("Exception");
				for (String value : values(cookies)) {
					if (value.length() >= 16) {
						assertThat(line).as(what).doesNotContain(value.substring(0, 16));
					}
				}
			}
		}
	}

	private List<String> jwtLines() {
		return RecordedLog.lines().stream().filter((line) -> line.contains("JwtSessionAuthenticationFilter")
				|| line.contains("io.github.authadapter.jwt") || line.startsWith("\tat ")).toList();
	}

	private Response send(Route route, String cookies) {
		this.requests++;
		if (route.form() == null) {
			return send("GET " + route.path() + " HTTP/1.1\nCookie: " + cookies, "");
		}
		Response csrf = send("GET /api/auth/csrf HTTP/1.1", "");
		Matcher token = CSRF_TOKEN.matcher(csrf.body());
		assertThat(token.find()).as(csrf::toString).isTrue();
		String csrfCookie = csrf.values("Set-Cookie").stream()
			.filter((cookie) -> cookie.startsWith("authjs.csrf-token="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
		String form = route.form().replace("%d", String.valueOf(this.addresses.incrementAndGet()));
		String body = (form.isEmpty() ? "" : form + "&") + "csrfToken=" + Browser.encode(token.group(1));
		return send("POST " + route.path() + " HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\nCookie: "
				+ csrfCookie + "; " + cookies, body);
	}

	private Response send(String head, String body) {
		if (this.http == null) {
			throw new IllegalStateException("The application has not been started");
		}
		return this.http.send(head, body.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static List<String> values(String cookies) {
		return Stream.of(cookies.split("; ")).map((cookie) -> cookie.substring(cookie.indexOf('=') + 1)).toList();
	}

	private static String one(String value) {
		return COOKIE + "=" + value;
	}

	private static String chunked(String value) {
		return String.join("; ", chunks(value).stream().map(new java.util.function.Function<String, String>() {

			private int index;

			@Override
			public String apply(String chunk) {
				return COOKIE + "." + (this.index++) + "=" + chunk;
			}

		}).toList());
	}

	/**
	 * The chunks of a token in reverse order, the second of them without its first five characters.
	 */
	private static String cutChunk(List<String> chunks) {
		List<String> cookies = new ArrayList<>();
		for (int i = chunks.size() - 1; i >= 0; i--) {
			cookies.add(COOKIE + "." + i + "=" + ((i == 1) ? chunks.get(i).substring(5) : chunks.get(i)));
		}
		return String.join("; ", cookies);
	}

	private static List<String> chunks(String value) {
		List<String> chunks = new ArrayList<>();
		for (int at = 0; at < value.length(); at += 3936) {
			chunks.add(value.substring(at, Math.min(value.length(), at + 3936)));
		}
		return chunks;
	}

	private static String flip(String token, int part) {
		String[] parts = token.split("\\.", -1);
		char[] chars = parts[part].toCharArray();
		int at = chars.length / 2;
		chars[at] = (chars[at] == 'A') ? 'B' : 'A';
		parts[part] = new String(chars);
		return String.join(".", parts);
	}

	/**
	 * The token with its header's closing brace replaced by the given text, as Auth.js never writes it.
	 */
	private static String withHeader(String token, String ending) {
		String[] parts = token.split("\\.", -1);
		String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
		parts[0] = base64(header.substring(0, header.length() - 1) + ending);
		return String.join(".", parts);
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A route, and the form it posts, or {@code null} for a {@code GET}.
	 */
	private record Route(String method, String path, @Nullable String form) {

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	/**
	 * A token that Auth.js's encode never writes, encrypted under its key.
	 */
	private record JsonToken(String label, String payload, Map<String, Object> header) {
	}

}
