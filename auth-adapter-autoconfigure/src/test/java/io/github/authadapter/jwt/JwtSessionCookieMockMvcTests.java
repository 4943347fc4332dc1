package io.github.authadapter.jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.jayway.jsonpath.JsonPath;
import io.github.authadapter.crypto.AuthJsJweCodec;
import io.github.authadapter.crypto.AuthJsJwt;
import io.github.authadapter.crypto.AuthJsJwtFormat;
import io.github.authadapter.session.ChunkedCookies;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Auth.js JWT session cookies with {@code auth.adapter.session.strategy=jwt}: read into an authentication whose
 * principal has every claim, answered by {@code /api/auth/session}, issued again as their expiry slides, and removed
 * with every chunk when they are refused or the user signs out. That the tokens are Auth.js's own is proven against
 * the real {@code @auth/core} in {@code AuthJsJwtInteropTests} and {@code JwtSessionInteropTests}.
 */
@SpringBootTest(classes = JwtSessionTestApplication.class,
		properties = { "spring.datasource.url=jdbc:h2:mem:jwt-session-cookie-tests;DB_CLOSE_DELAY=-1",
				"auth.adapter.secret=" + JwtSessionCookieMockMvcTests.SECRET + "," + JwtSessionCookieMockMvcTests.OLD_SECRET,
				"auth.adapter.url=http://localhost", "auth.adapter.session.strategy=jwt" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class JwtSessionCookieMockMvcTests {

	static final String SECRET = "jwt-session-cookie-tests: the newest secret";

	static final String OLD_SECRET = "jwt-session-cookie-tests: an older secret!";

	private static final String COOKIE = "authjs.session-token";

	@Autowired
	MockMvc mvc;

	@Test
	void aTokenOfAuthJsSignsInAUserWithEveryClaimReachableFromThePrincipal() throws Exception {
		String token = v5(COOKIE, SECRET).encode(claims(), Duration.ofDays(30));
		MvcResult result = this.mvc.perform(get("/me").cookie(new Cookie(COOKIE, token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("JwtSessionAuthentication"))
			.andExpect(jsonPath("$.id").value("user-1"))
			.andExpect(jsonPath("$.name").value("Ada Lovelace"))
			.andExpect(jsonPath("$.email").value("ada@example.com"))
			.andExpect(jsonPath("$.image").value("https://example.com/ada.png"))
			.andExpect(jsonPath("$.attributes.role").value("admin"))
			.andExpect(jsonPath("$.attributes.org.tags[1]").value("ü€😀"))
			.andExpect(jsonPath("$.attributes.iat").doesNotExist())
			.andExpect(jsonPath("$.role").value("admin"))
			.andReturn();
		// Issued a moment ago: well within update-age, so not issued again.
		assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void readsTheSecureCookieOfAuthJsOverHttpsAndTheCookieOfNextAuthV4() throws Exception {
		String secure = v5("__Secure-authjs.session-token", SECRET).encode(Map.of("sub", "secure"), Duration.ofDays(1));
		this.mvc.perform(get("/me").secure(true).cookie(new Cookie("__Secure-authjs.session-token", secure)))
			.andExpect(jsonPath("$.id").value("secure"));
		String v4 = AuthJsJweCodec.nextAuthV4(List.of(SECRET)).encode(Map.of("sub", "v4"), Duration.ofDays(1));
		this.mvc.perform(get("/me").cookie(new Cookie("next-auth.session-token", v4)))
			.andExpect(jsonPath("$.id").value("v4"));
		this.mvc.perform(get("/me").secure(true).cookie(new Cookie("__Secure-next-auth.session-token", v4)))
			.andExpect(jsonPath("$.id").value("v4"));
		// The cookie name is the salt of Auth.js v5's key: a token is bound to the name it was issued for.
		this.mvc.perform(get("/me").cookie(new Cookie(COOKIE, secure)).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void tokensOfEveryListedSecretSignInAndOthersDoNot() throws Exception {
		String old = v5(COOKIE, OLD_SECRET).encode(Map.of("sub", "old"), Duration.ofDays(1));
		this.mvc.perform(get("/me").cookie(new Cookie(COOKIE, old))).andExpect(jsonPath("$.id").value("old"));
		String other = v5(COOKIE, "a secret that neither app was ever given").encode(Map.of("sub", "x"),
				Duration.ofDays(1));
		this.mvc.perform(get("/me").cookie(new Cookie(COOKIE, other)).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theSessionEndpointAnswersTheUserAndTheExpiryOfTheToken() throws Exception {
		AuthJsJwt jwt = v5(COOKIE, SECRET).issue(claims(), Duration.ofDays(30)).jwt();
		String token = v5(COOKIE, SECRET).encode(jwt.claims(), Duration.ofDays(30));
		this.mvc.perform(get("/api/auth/session").cookie(new Cookie(COOKIE, token)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(jsonPath("$.user.id").value("user-1"))
			.andExpect(jsonPath("$.user.name").value("Ada Lovelace"))
			.andExpect(jsonPath("$.user.email").value("ada@example.com"))
			.andExpect(jsonPath("$.user.image").value("https://example.com/ada.png"))
			.andExpect(jsonPath("$.expires").value(org.hamcrest.Matchers.matchesPattern(
					"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.000Z")));
		String expires = JsonPath.read(this.mvc.perform(get("/api/auth/session").cookie(new Cookie(COOKIE, token)))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.expires");
		assertThat(Instant.parse(expires)).isEqualTo(v5(COOKIE, SECRET).decode(token).jwt().expiresAt());
	}

	@Test
	void readsATokenOfTenKilobytesOfClaimsInChunks() throws Exception {
		Map<String, Object> claims = new LinkedHashMap<>(claims());
		claims.put("permissions", permissions());
		String token = v5(COOKIE, SECRET).encode(claims, Duration.ofDays(30));
		Cookie[] chunks = chunks(token);
		assertThat(chunks).hasSizeGreaterThanOrEqualTo(3);
		this.mvc.perform(get("/me").cookie(chunks))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attributes.permissions.length()").value(permissions().size()));
	}

	@Test
	void aTokenIssuedMoreThanUpdateAgeAgoIsIssuedAgainWithEveryClaimAndANewExpiry() throws Exception {
		Clock dayAndHourAgo = Clock.offset(Clock.systemUTC(), Duration.ofHours(-25));
		String token = new AuthJsJweCodec(AuthJsJwtFormat.AUTH_JS, List.of(SECRET), COOKIE, dayAndHourAgo)
			.encode(claims(), Duration.ofDays(30));
		Instant before = Instant.now().minusSeconds(1);
		MockHttpServletResponse response = this.mvc.perform(get("/api/auth/session").cookie(new Cookie(COOKIE, token)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		Cookie reissued = response.getCookie(COOKIE);
		assertThat(reissued).isNotNull();
		assertThat(reissued.getMaxAge()).isEqualTo(30 * 24 * 3600);
		assertThat(reissued.isHttpOnly()).isTrue();
		assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).contains("SameSite=Lax").contains("Path=/");
		AuthJsJwt jwt = v5(COOKIE, SECRET).decode(reissued.getValue()).jwt();
		assertThat(jwt.issuedAt()).isAfter(before);
		assertThat(jwt.claim("org")).isEqualTo(claims().get("org"));
		assertThat(jwt.subject()).isEqualTo("user-1");
		Instant expires = Instant.parse(JsonPath.read(response.getContentAsString(), "$.expires"));
		assertThat(expires).isEqualTo(jwt.expiresAt()).isAfter(before.plus(Duration.ofDays(30)));
	}

	@Test
	void anOldTokenIsIssuedAgainUnderTheNewestSecret() throws Exception {
		Clock twoDaysAgo = Clock.offset(Clock.systemUTC(), Duration.ofDays(-2));
		String token = new AuthJsJweCodec(AuthJsJwtFormat.AUTH_JS, List.of(OLD_SECRET), COOKIE, twoDaysAgo)
			.encode(Map.of("sub", "rotated"), Duration.ofDays(30));
		Cookie reissued = this.mvc.perform(get("/me").cookie(new Cookie(COOKIE, token)))
			.andExpect(jsonPath("$.id").value("rotated"))
			.andReturn()
			.getResponse()
			.getCookie(COOKIE);
		assertThat(v5(COOKIE, SECRET).decode(reissued.getValue()).isAccepted()).isTrue();
	}

	@Test
	void aTokenOfNextAuthV4IsIssuedAgainAsOneOfV4() throws Exception {
		Clock twoDaysAgo = Clock.offset(Clock.systemUTC(), Duration.ofDays(-2));
		String token = new AuthJsJweCodec(AuthJsJwtFormat.NEXT_AUTH_V4, List.of(SECRET), "", twoDaysAgo)
			.encode(Map.of("sub", "v4"), Duration.ofDays(30));
		Cookie reissued = this.mvc.perform(get("/me").cookie(new Cookie("next-auth.session-token", token)))
			.andReturn()
			.getResponse()
			.getCookie("next-auth.session-token");
		assertThat(AuthJsJweCodec.nextAuthV4(List.of(SECRET)).decode(reissued.getValue()).isAccepted()).isTrue();
	}

	@Test
	void anExpiredTokenIsAnonymousItsChunksAreRemovedAndOneDebugLineWithoutTheTokenSaysWhy(CapturedOutput output)
			throws Exception {
		Clock monthAgo = Clock.offset(Clock.systemUTC(), Duration.ofDays(-31));
		Map<String, Object> claims = new LinkedHashMap<>(claims());
		claims.put("permissions", permissions());
		String token = new AuthJsJweCodec(AuthJsJwtFormat.AUTH_JS, List.of(SECRET), COOKIE, monthAgo).encode(claims,
				Duration.ofDays(30));
		Cookie[] chunks = chunks(token);
		List<ILoggingEvent> debugLog;
		MockHttpServletResponse response;
		try (RecordedDebugLog recorded = new RecordedDebugLog(JwtSessionAuthenticationFilter.class)) {
			response = this.mvc.perform(get("/api/auth/session").cookie(chunks))
				.andExpect(content().string("null"))
				.andReturn()
				.getResponse();
			debugLog = recorded.events();
		}
		assertThat(removed(response)).containsExactlyInAnyOrderElementsOf(names(chunks));
		assertThat(debugLog).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
			assertThat(event.getFormattedMessage()).contains("JWT session cookie")
				.contains("authjs.session-token not accepted: expired")
				.doesNotContain(token.substring(0, 40))
				.doesNotContain(chunks[1].getValue());
			assertThat(event.getThrowableProxy()).isNull();
		});
		assertThat(output.getAll()).doesNotContain(token.substring(0, 40)).doesNotContain(chunks[1].getValue())
			.doesNotContain("Exception");
	}

	@Test
	void theTokenOfADatabaseSessionIsRefusedAsAuthJsInJwtModeRefusesIt() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/me").cookie(new Cookie(COOKIE, "0123456789abcdef0123456789abcdef"))
				.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse();
		assertThat(removed(response)).containsExactly(COOKIE);
	}

	@Test
	void signingOutRemovesEveryChunk() throws Exception {
		Map<String, Object> claims = new LinkedHashMap<>(claims());
		claims.put("permissions", permissions());
		Cookie[] chunks = chunks(v5(COOKIE, SECRET).encode(claims, Duration.ofDays(30)));
		MvcResult csrf = this.mvc.perform(get("/api/auth/csrf")).andReturn();
		List<Cookie> cookies = new ArrayList<>(Arrays.asList(chunks));
		cookies.add(csrf.getResponse().getCookie("authjs.csrf-token"));
		MockHttpServletResponse response = this.mvc
			.perform(post("/api/auth/signout")
				.param("csrfToken", (String) JsonPath.read(csrf.getResponse().getContentAsString(), "$.csrfToken"))
				.cookie(cookies.toArray(Cookie[]::new)))
			.andExpect(status().isSeeOther())
			.andReturn()
			.getResponse();
		assertThat(removed(response)).containsAll(names(chunks));
	}

	@Test
	void anAnonymousApiCallGets401AndABrowserTheSignInPage() throws Exception {
		this.mvc.perform(get("/me").accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/me").accept(MediaType.TEXT_HTML)).andExpect(status().isFound());
		this.mvc.perform(get("/api/auth/session")).andExpect(content().string("null"));
	}

	static AuthJsJweCodec v5(String cookie, String secret) {
		return AuthJsJweCodec.authJs(List.of(secret), cookie);
	}

	static Map<String, Object> claims() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("name", "Ada Lovelace");
		claims.put("email", "ada@example.com");
		claims.put("picture", "https://example.com/ada.png");
		claims.put("sub", "user-1");
		claims.put("role", "admin");
		claims.put("org", Map.of("id", 7L, "tags", List.of("a", "ü€😀")));
		return claims;
	}

	static List<String> permissions() {
		List<String> permissions = new ArrayList<>();
		for (int i = 0; permissions.size() * 24 < 10_240; i++) {
			permissions.add("permission:" + i + ":read-write");
		}
		return permissions;
	}

	static Cookie[] chunks(String token) {
		return new ChunkedCookies(COOKIE, ChunkedCookies.AUTH_JS_CHUNK_SIZE)
			.write(new org.springframework.mock.web.MockHttpServletRequest(), token,
					org.springframework.http.ResponseCookie.from("x").build())
			.stream()
			.map((cookie) -> new Cookie(cookie.getName(), cookie.getValue()))
			.toArray(Cookie[]::new);
	}

	static List<String> names(Cookie[] cookies) {
		return Arrays.stream(cookies).map(Cookie::getName).toList();
	}

	/**
	 * The names of the cookies that the response removes.
	 */
	static List<String> removed(MockHttpServletResponse response) {
		return response.getHeaders(HttpHeaders.SET_COOKIE)
			.stream()
			.filter((cookie) -> cookie.contains("Max-Age=0"))
			.map((cookie) -> cookie.substring(0, cookie.indexOf('=')))
			.distinct()
			.toList();
	}

	/**
	 * One logger's events at DEBUG, kept in memory instead of the build's output, which stays at WARN; the logger is
	 * put back as it was on close.
	 */
	private static final class RecordedDebugLog implements AutoCloseable {

		private final Logger logger;

		private final Level level;

		private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

		RecordedDebugLog(Class<?> source) {
			this.logger = (Logger) LoggerFactory.getLogger(source);
			this.level = this.logger.getLevel();
			this.appender.start();
			this.logger.addAppender(this.appender);
			this.logger.setAdditive(false);
			this.logger.setLevel(Level.DEBUG);
		}

		List<ILoggingEvent> events() {
			synchronized (this.appender) {
				return List.copyOf(this.appender.list);
			}
		}

		@Override
		public void close() {
			this.logger.setLevel(this.level);
			this.logger.setAdditive(true);
			this.logger.detachAppender(this.appender);
			this.appender.stop();
		}

	}

}
