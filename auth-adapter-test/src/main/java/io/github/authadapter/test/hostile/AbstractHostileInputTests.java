package io.github.authadapter.test.hostile;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.github.authadapter.test.RunningApplication;
import io.github.authadapter.test.hostile.HostileInputApplication.SentLinks;
import io.github.authadapter.test.hostile.RawHttp.Response;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Hostile and malformed input over real HTTP against an application on the starter: unusable email addresses,
 * forged, cut and reused sign-in links, session cookies with SQL and odd bytes, callback URLs to other sites,
 * malformed bodies and wrong methods. Each answer is a clear 4xx or the documented redirect, never a 5xx, and each
 * refused request leaves every table as it was and sends no email.
 * <p>
 * A database is added with a subclass that supplies its data source; an application with an Adapter of its own, or
 * other configuration, also overrides {@link #configure(SpringApplicationBuilder)}. The suite counts rows with plain
 * SQL in the starter's default tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractHostileInputTests {

	private static final Pattern CSRF_TOKEN = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");

	private static final String SIGN_IN_AGAIN = "/api/auth/signin?error=EmailSignin&callbackUrl=%2F";

	private @Nullable RunningApplication app;

	private @Nullable RawHttp http;

	private int addresses;

	/**
	 * The data source of an empty database, or of one with the Auth.js tables in it, for the application.
	 */
	protected abstract DataSource dataSource();

	/**
	 * Customises the application that the suite starts, {@link HostileInputApplication} on {@link #dataSource()}:
	 * add configuration of your own, such as an Adapter bean, with {@code application.sources(...)}, or properties
	 * with {@code application.properties(...)}.
	 * @return the builder
	 */
	protected SpringApplicationBuilder configure(SpringApplicationBuilder application) {
		return application;
	}

	@BeforeAll
	void start() {
		this.app = RunningApplication.start(configure(RunningApplication
			.builder(dataSource(), HostileInputApplication.class)
			// Every case comes from this one client and asks for a link to an address of its own: the limit per
			// client is lifted for them, the one per address stays at its default.
			.properties("auth.adapter.email.rate-limit.per-client.capacity=100000")));
		this.http = new RawHttp(this.app.port());
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
	}

	// Asking for a link

	static Stream<Arguments> unusableAddresses() {
		return Stream.of(arguments("empty", "email="), arguments("missing", "other=x"),
				arguments("blank", "email=" + encode("   ")),
				arguments("10,000 characters", "email=" + encode("a".repeat(9_988) + "@example.com")),
				arguments("255 characters", "email=" + encode("a@" + "b".repeat(249) + ".com")),
				arguments("local part of 65 characters", "email=" + encode("a".repeat(65) + "@example.com")),
				arguments("quoted local part", "email=" + encode("\"john doe\"@example.com")),
				arguments("quoted local part without space", "email=" + encode("\"john\"@example.com")),
				arguments("CRLF header injection", "email=" + encode("a@b.co\r\nBcc: victim@example.com")),
				arguments("LF header injection", "email=" + encode("a@b.co\nBcc: victim@example.com")),
				arguments("encoded CRLF typed literally", "email=" + encode("a@b.co%0d%0aBcc:victim@example.com")),
				arguments("encoded CRLF at the end", "email=" + encode("victim@example.com%0d%0a")),
				arguments("raw CRLF in the body", "email=a@b.co\r\nBcc: victim@example.com"),
				arguments("display name", "email=" + encode("Eve <eve@example.com>")),
				arguments("two recipients with a comma", "email=" + encode("a@b.co,victim@example.com")),
				arguments("two recipients with a semicolon", "email=" + encode("a@b.co;victim@example.com")),
				arguments("the parameter twice", "email=a%40b.co&email=victim%40example.com"),
				arguments("no at sign", "email=plainaddress"), arguments("nothing before the at", "email=%40example.com"),
				arguments("nothing after the at", "email=a%40"), arguments("no dot in the domain", "email=a%40b"),
				arguments("two at signs", "email=" + encode("a@@b.co")),
				arguments("two dots in the domain", "email=" + encode("a@b..co")),
				arguments("domain starting with a dot", "email=" + encode("a@.b.co")),
				arguments("domain ending with a dot", "email=" + encode("a@b.co.")),
				arguments("domain starting with a hyphen", "email=" + encode("a@-b.co")),
				arguments("underscore in the domain", "email=" + encode("a@b_c.co")),
				arguments("IP literal", "email=" + encode("a@[127.0.0.1]")),
				arguments("NUL", "email=" + encode("a\0@b.co")),
				arguments("line separator", "email=" + encode("a\u2028b@c.co")),
				arguments("right-to-left override", "email=" + encode("a\u202Eoc.b@evil.co")),
				arguments("zero-width space", "email=" + encode("ad\u200Bmin@example.com")),
				arguments("markup", "email=" + encode("<script>alert(1)</script>@x.co")),
				arguments("SQL with spaces", "email=" + encode("' OR 1=1 --@x.co")),
				arguments("not email at all", "email=" + encode("not an email")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("unusableAddresses")
	void anUnusableAddressShowsTheSignInPageAgainAndSendsNothing(String label, String form) {
		Rows before = rows();

		Response response = postForm("/api/auth/signin/email", form);

		assertThat(response.status()).as(response::toString).isEqualTo(303);
		// What was typed comes back, encoded, for the person to correct it.
		assertThat(response.header("Location")).hasValueSatisfying((location) -> assertThat(location)
			.matches(Pattern.quote(SIGN_IN_AGAIN) + "(&email=[A-Za-z0-9%+._*-]{1,2300})?"));
		assertThat(rows()).isEqualTo(before);
	}

	static Stream<Arguments> oddButUsableAddresses() {
		return Stream.of(arguments("O'Brien@Example.COM", "o'brien@example.com"),
				arguments("x'OR'1'='1@example.com", "x'or'1'='1@example.com"),
				arguments("  padded@example.com\t", "padded@example.com"),
				arguments("user@bücher.de", "user@bücher.de"), arguments("用户@例子.广告", "用户@例子.广告"),
				arguments("ｆｕｌｌｗｉｄｔｈ@example.com", "fullwidth@example.com"),
				arguments("a+tag%x@example.com", "a+tag%x@example.com"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("oddButUsableAddresses")
	void anOddButValidAddressGetsExactlyOneLinkStoredUnderItsNormalForm(String typed, String normalised) {
		Rows before = rows();

		Response response = postForm("/api/auth/signin/email", "email=" + encode(typed));

		assertThat(response.status()).as(response::toString).isEqualTo(303);
		assertThat(response.header("Location")).hasValue("/api/auth/verify-request");
		assertThat(rows()).isEqualTo(before.plus(0, 0, 1, 1));
		assertThat(sentLinks().last().email().value()).isEqualTo(normalised);
		assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM verification_token WHERE identifier = ?",
				Integer.class, normalised))
			.isOne();
	}

	// Using a link

	static Stream<Arguments> badLinks() {
		return Stream.<Arguments>of(
				badLink("forged token", (token, email) -> "token=" + "A".repeat(43) + "&email=" + encode(email)),
				badLink("token cut by one character",
						(token, email) -> "token=" + token.substring(0, token.length() - 1) + "&email=" + encode(email)),
				badLink("token cut in half",
						(token, email) -> "token=" + token.substring(0, token.length() / 2) + "&email=" + encode(email)),
				badLink("token with a character more", (token, email) -> "token=" + token + "x&email=" + encode(email)),
				badLink("token of 10,000 characters", (token, email) -> "token=" + token.repeat(10_000 / token.length())
						+ "&email=" + encode(email)),
				badLink("token with NUL", (token, email) -> "token=" + token + "%00&email=" + encode(email)),
				badLink("token with SQL", (token, email) -> "token=" + encode("' OR 1=1 --") + "&email=" + encode(email)),
				badLink("empty token", (token, email) -> "token=&email=" + encode(email)),
				badLink("no token", (token, email) -> "email=" + encode(email)),
				badLink("no email", (token, email) -> "token=" + token),
				badLink("nothing", (token, email) -> ""),
				badLink("another address", (token, email) -> "token=" + token + "&email=" + encode("x" + email)),
				badLink("address with a header", (token, email) -> "token=" + token + "&email="
						+ encode(email + "\r\nBcc: victim@example.com")),
				badLink("not an address", (token, email) -> "token=" + token + "&email=nobody"));
	}

	private static Arguments badLink(String label, BiFunction<String, String, String> form) {
		return arguments(label, form);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badLinks")
	void aForgedCutOrMisaddressedLinkIsRefusedAndLeavesTheRealOneWorking(String label,
			BiFunction<String, String, String> badForm) {
		Link link = requestLink();
		Rows before = rows();

		Response refused = postForm("/api/auth/callback/email", badForm.apply(link.token(), link.email()));

		assertThat(refused.status()).as(refused::toString).isEqualTo(400);
		assertThat(refused.body()).contains("sign-in link");
		assertThat(refused.values("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("authjs.session-token"));
		assertThat(rows()).isEqualTo(before);
		Response signedIn = postForm("/api/auth/callback/email", link.form());
		assertThat(signedIn.status()).as(signedIn::toString).isEqualTo(303);
		assertThat(rows()).isEqualTo(before.plus(1, 1, -1, 0));
	}

	@Test
	void aLinkWorksOnceAndIsRefusedWhenUsedAgain() {
		Link link = requestLink();
		signIn(link);
		Rows before = rows();

		Response again = postForm("/api/auth/callback/email", link.form());

		assertThat(again.status()).as(again::toString).isEqualTo(400);
		assertThat(again.body()).contains("It may have been used already");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void theConfirmationPageOfAnIncompleteLinkSaysSoAndConsumesNothing() {
		Rows before = rows();

		Response response = get("/api/auth/callback/email?token=abc");

		assertThat(response.status()).as(response::toString).isEqualTo(400);
		assertThat(response.body()).contains("This sign-in link is incomplete");
		assertThat(rows()).isEqualTo(before);
	}

	static Stream<Arguments> foreignCallbackUrls() {
		return Stream.of(arguments("https://evil.example/"), arguments("//evil.example/"),
				arguments("/\\evil.example"), arguments("\\\\evil.example"), arguments("javascript:alert(1)"),
				arguments("JaVaScRiPt:alert(document.cookie)"), arguments("data:text/html,<script>alert(1)</script>"),
				arguments("http:evil.example"), arguments(" /leading-space"), arguments("/\r\nSet-Cookie: x=y"),
				arguments("/\t/evil.example"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("foreignCallbackUrls")
	void signingInWithACallbackUrlToAnotherSiteGoesHome(String callbackUrl) {
		Link link = requestLink();

		Response response = postForm("/api/auth/callback/email", link.form() + "&callbackUrl=" + encode(callbackUrl));

		assertThat(response.status()).as(response::toString).isEqualTo(303);
		assertThat(response.header("Location")).hasValue("/");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("foreignCallbackUrls")
	void aLinkAskedForWithACallbackUrlToAnotherSiteCarriesNone(String callbackUrl) {
		Response response = postForm("/api/auth/signin/email",
				"email=" + encode("cb" + (++this.addresses) + "@example.com") + "&callbackUrl=" + encode(callbackUrl));

		assertThat(response.status()).as(response::toString).isEqualTo(303);
		assertThat(sentLinks().last().url()).contains("?callbackUrl=%2F&");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("foreignCallbackUrls")
	void signingOutWithACallbackUrlToAnotherSiteGoesHome(String callbackUrl) {
		Response response = postForm("/api/auth/signout", "callbackUrl=" + encode(callbackUrl));

		assertThat(response.status()).as(response::toString).isEqualTo(303);
		assertThat(response.header("Location")).hasValue("/");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("foreignCallbackUrls")
	void theSignInPageKeepsNoCallbackUrlToAnotherSite(String callbackUrl) {
		Response response = get("/api/auth/signin?callbackUrl=" + encode(callbackUrl));

		assertThat(response.status()).as(response::toString).isEqualTo(200);
		assertThat(response.body()).contains("name=\"callbackUrl\" value=\"/\"");
	}

	// The session cookie

	static Stream<Arguments> foreignSessionCookies() {
		return Stream.of(arguments("SQL", "authjs.session-token=' OR 1=1 --"),
				arguments("SQL with quotes", "authjs.session-token=x' OR '1'='1"),
				arguments("SQL statement", "authjs.session-token=\"; DELETE FROM sessions; --\""),
				arguments("SQL in the legacy cookie", "next-auth.session-token=' OR ''='"),
				arguments("7,000 characters", "authjs.session-token=" + "a".repeat(7_000)),
				arguments("10,000 characters", "authjs.session-token=" + "a".repeat(10_000)),
				arguments("UTF-8 bytes", "authjs.session-token=" + latin1Bytes("ümlaut-😀-שלום")),
				arguments("a Latin-1 byte", "authjs.session-token=\u00ff"),
				arguments("encoded NUL", "authjs.session-token=%00"),
				arguments("empty", "authjs.session-token="),
				arguments("twice", "authjs.session-token=a; authjs.session-token=' OR 1=1 --"),
				arguments("every name", "__Secure-authjs.session-token=x; authjs.session-token=y; "
						+ "__Secure-next-auth.session-token=z; next-auth.session-token=w"),
				arguments("no equals sign", "authjs.session-token"),
				arguments("garbage separators", ";;; = ; authjs.session-token==; ="));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("foreignSessionCookies")
	void aSessionCookieOfNoSessionSignsNobodyInAndChangesNothing(String label, String cookie) {
		signIn(requestLink());
		Rows before = rows();

		Response session = send("GET /api/auth/session HTTP/1.1\nCookie: " + cookie, "");
		Response page = send("GET /me HTTP/1.1\nCookie: " + cookie, "");
		Response signOut = postForm("/api/auth/signout", "", cookie);

		assertThat(session.status()).as(session::toString).isIn(200, 400);
		if (session.status() == 200) {
			assertThat(session.body()).isEqualTo("null");
		}
		assertThat(page.status()).as(page::toString).isIn(400, 401);
		assertThat(signOut.status()).as(signOut::toString).isIn(303, 400);
		assertThat(rows()).isEqualTo(before);
	}

	static Stream<Arguments> foreignRevocations() {
		return Stream.of(arguments("SQL", "session=" + encode("' OR 1=1 --")),
				arguments("10,000 characters", "session=" + "a".repeat(10_000)),
				arguments("NUL", "session=%00"), arguments("non-ASCII", "session=" + encode("ümlaut-😀")),
				arguments("empty", "session="), arguments("missing", "other=x"),
				arguments("the parameter twice", "session=a&session=b"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("foreignRevocations")
	void revokingASessionThatIsNotTheUsersDeletesNothing(String label, String form) {
		String cookie = signIn(requestLink());
		Rows before = rows();

		Response response = postForm("/api/auth/sessions/revoke", form, cookie);

		assertThat(response.status()).as(response::toString).isIn(303, 400);
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void signingOutWithAFlagThatIsNotABooleanIsABadRequest() {
		String cookie = signIn(requestLink());
		Rows before = rows();

		Response response = postForm("/api/auth/signout", "everywhere=' OR 1=1 --", cookie);

		assertThat(response.status()).as(response::toString).isEqualTo(400);
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aRealSessionCookieNextToForeignOnesIsNotAnError() {
		Link link = requestLink();
		String cookie = signIn(link);

		Response alone = send("GET /me HTTP/1.1\nCookie: " + cookie, "");
		Response withOthers = send("GET /me HTTP/1.1\nCookie: next-auth.session-token=' OR 1=1 --\nCookie: " + cookie
				+ "; x=" + latin1Bytes("😀"), "");

		assertThat(alone.status()).as(alone::toString).isEqualTo(200);
		assertThat(alone.body()).isEqualTo(link.email());
		assertThat(withOthers.status()).as(withOthers::toString).isEqualTo(200);
		assertThat(withOthers.body()).isEqualTo(link.email());
	}

	// Malformed requests

	static Stream<Arguments> malformedRequests() {
		return Stream.of(arguments("GET of the form's target", "GET /api/auth/signin/email HTTP/1.1", ""),
				arguments("GET of revoking a session", "GET /api/auth/sessions/revoke HTTP/1.1", ""),
				arguments("PUT of a link", "PUT /api/auth/callback/email HTTP/1.1", ""),
				arguments("DELETE of the session", "DELETE /api/auth/session HTTP/1.1", ""),
				arguments("PATCH of sign-in", "PATCH /api/auth/signin/email HTTP/1.1", ""),
				arguments("TRACE", "TRACE /api/auth/session HTTP/1.1", ""),
				arguments("an unknown method", "BREW /api/auth/session HTTP/1.1", ""),
				arguments("a form without its CSRF token",
						"POST /api/auth/signin/email HTTP/1.1\nContent-Type: application/x-www-form-urlencoded",
						"email=a%40b.co"),
				arguments("JSON instead of a form", "POST /api/auth/signin/email HTTP/1.1\nContent-Type: application/json",
						"{\"email\":\"a@b.co\"}"),
				arguments("a header without a colon", "GET /api/auth/session HTTP/1.1\nNot a header", ""),
				arguments("a URL with a raw space", "GET /api/auth/signin?callbackUrl=/a b HTTP/1.1", ""),
				arguments("a URL with bad percent-encoding", "GET /api/auth/signin?callbackUrl=%zz HTTP/1.1", ""),
				arguments("a URL with an encoded NUL", "GET /api/auth/sign%00in HTTP/1.1", ""),
				arguments("a path that climbs out", "GET /api/auth/../../etc/passwd HTTP/1.1", ""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformedRequests")
	void aMalformedRequestOrWrongMethodGetsA4xxAndChangesNothing(String label, String head, String body) {
		Rows before = rows();

		Response response = send(head, body);

		assertThat(response.status()).as(response::toString).isBetween(400, 499);
		assertThat(rows()).isEqualTo(before);
	}

	static Stream<Arguments> malformedForms() {
		return Stream.of(arguments("bad percent-encoding", "email=%zz%&x=%"),
				arguments("invalid UTF-8", "email=%FF%FE%FD%40x.co"),
				arguments("only separators", "&&&==&="),
				arguments("3 MB of address", "email=" + "a".repeat(3 * 1024 * 1024)),
				arguments("20,000 parameters", "p=1&".repeat(20_000) + "email=a%40b.co"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformedForms")
	void aMalformedOrOversizedFormIsRefusedWithoutAnEmail(String label, String form) {
		Rows before = rows();

		Response response = postForm("/api/auth/signin/email", form);

		assertThat(response.status()).as(response::toString).isNotEqualTo(500).isLessThan(500);
		if (response.status() == 303) {
			assertThat(response.header("Location")).hasValue(SIGN_IN_AGAIN);
		}
		else {
			assertThat(response.status()).isBetween(400, 499);
		}
		assertThat(rows()).isEqualTo(before);
	}

	// Helpers

	/**
	 * A new sign-in link for a new address, as a person would find it in the email.
	 */
	private Link requestLink() {
		String email = "person" + (++this.addresses) + "@example.com";
		Response response = postForm("/api/auth/signin/email", "email=" + encode(email));
		assertThat(response.status()).as(response::toString).isEqualTo(303);
		Map<String, String> query = new HashMap<>();
		for (String pair : URI.create(sentLinks().last().url()).getRawQuery().split("&")) {
			String[] nameAndValue = pair.split("=", 2);
			query.put(nameAndValue[0], URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
		}
		assertThat(query.get("email")).isEqualTo(email);
		return new Link(query.get("token"), email);
	}

	/**
	 * Uses the link and returns the session cookie it set, as {@code name=value}.
	 */
	private String signIn(Link link) {
		Response signedIn = postForm("/api/auth/callback/email", link.form());
		assertThat(signedIn.status()).as(signedIn::toString).isEqualTo(303);
		return signedIn.values("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith("authjs.session-token="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
	}

	/**
	 * The token and address of a sign-in link.
	 */
	private record Link(String token, String email) {

		String form() {
			return "token=" + encode(this.token) + "&email=" + encode(this.email);
		}

	}

	/**
	 * Posts a form with a valid CSRF token, as the starter's pages do, and any further cookies.
	 */
	private Response postForm(String path, String form, String... cookies) {
		Response csrf = get("/api/auth/csrf");
		Matcher token = CSRF_TOKEN.matcher(csrf.body());
		assertThat(token.find()).as(csrf::toString).isTrue();
		String csrfCookie = csrf.values("Set-Cookie").stream()
			.filter((cookie) -> cookie.startsWith("authjs.csrf-token="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
		String body = (form.isEmpty() ? "" : form + "&") + "csrfToken=" + encode(token.group(1));
		String cookieHeader = String.join("; ", Stream.concat(Stream.of(csrfCookie), Arrays.stream(cookies)).toList());
		return send("POST " + path + " HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\nCookie: "
				+ cookieHeader, body);
	}

	private Response get(String target) {
		return send("GET " + target + " HTTP/1.1", "");
	}

	private Response send(String head, String body) {
		if (this.http == null) {
			throw new IllegalStateException("The application has not been started");
		}
		return this.http.send(head, body.getBytes(StandardCharsets.ISO_8859_1));
	}

	/**
	 * The number of rows in each table, and of emails sent.
	 */
	private record Rows(int users, int sessions, int verificationTokens, int emails, int accounts) {

		Rows plus(int users, int sessions, int verificationTokens, int emails) {
			return new Rows(this.users + users, this.sessions + sessions,
					this.verificationTokens + verificationTokens, this.emails + emails, this.accounts);
		}

	}

	private Rows rows() {
		return new Rows(count("users"), count("sessions"), count("verification_token"), sentLinks().count(),
				count("accounts"));
	}

	private int count(String table) {
		Integer count = jdbc().queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
		return (count != null) ? count : 0;
	}

	private JdbcTemplate jdbc() {
		return new JdbcTemplate(dataSource());
	}

	private SentLinks sentLinks() {
		if (this.app == null) {
			throw new IllegalStateException("The application has not been started");
		}
		return this.app.bean(SentLinks.class);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * The UTF-8 bytes of the text, one char each, for {@link RawHttp} to send as they are.
	 */
	private static String latin1Bytes(String text) {
		return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
	}

}
