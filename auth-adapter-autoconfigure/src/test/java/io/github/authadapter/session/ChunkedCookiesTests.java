package io.github.authadapter.session;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseCookie;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for {@link ChunkedCookies}. That its chunks are Auth.js's own is proven against the real {@code @auth/core}
 * in {@code AuthJsJwtInteropTests}.
 */
class ChunkedCookiesTests {

	private static final String NAME = "authjs.session-token";

	private static final ResponseCookie ATTRIBUTES = ResponseCookie.from("ignored", "ignored")
		.path("/")
		.httpOnly(true)
		.secure(true)
		.sameSite("Lax")
		.maxAge(3600)
		.build();

	private final ChunkedCookies cookies = new ChunkedCookies(NAME, ChunkedCookies.AUTH_JS_CHUNK_SIZE);

	@Test
	void readsAnUnchunkedCookie() {
		assertThat(read(new Cookie(NAME, "token")).joined()).contains("token");
	}

	@Test
	void readsNothingWithoutTheCookieAndIgnoresOtherNames() {
		ChunkedCookies.Read read = read(new Cookie(NAME + "-x", "a"), new Cookie(NAME + ".x", "b"),
				new Cookie(NAME + ".-1", "c"), new Cookie(NAME + ".0", ""));
		assertThat(read.joined()).isEmpty();
		assertThat(read.refusal()).isNull();
		assertThat(read().joined()).isEmpty();
	}

	@Test
	void joinsChunksInIndexOrderWhateverOrderTheyCameIn() {
		Cookie[] chunks = new Cookie[12];
		for (int i = 0; i < 12; i++) {
			chunks[11 - i] = new Cookie(NAME + "." + i, "<" + i + ">");
		}
		assertThat(read(chunks).joined()).contains("<0><1><2><3><4><5><6><7><8><9><10><11>");
	}

	@Test
	void refusesMixturesThatAuthJsWouldJoinIntoABrokenToken() {
		assertRefused("both the unchunked cookie and chunks", new Cookie(NAME, "a"), new Cookie(NAME + ".0", "b"));
		assertRefused("a missing chunk", new Cookie(NAME + ".0", "a"), new Cookie(NAME + ".2", "c"));
		assertRefused("a missing chunk", new Cookie(NAME + ".1", "b"));
		assertRefused("chunk 1 twice", new Cookie(NAME + ".0", "a"), new Cookie(NAME + ".1", "b"),
				new Cookie(NAME + ".01", "c"));
		assertRefused("the cookie twice", new Cookie(NAME, "a"), new Cookie(NAME, "b"));
		String big = "x".repeat(ChunkedCookies.MAX_VALUE_LENGTH / 2 + 1);
		assertRefused("longer than", new Cookie(NAME + ".0", big), new Cookie(NAME + ".1", big));
	}

	@Test
	void writesAValueUpToTheChunkSizeAsOneCookieWithTheGivenAttributes() {
		String value = "v".repeat(ChunkedCookies.AUTH_JS_CHUNK_SIZE);
		List<ResponseCookie> written = this.cookies.write(new MockHttpServletRequest(), value, ATTRIBUTES);
		assertThat(written).extracting(ResponseCookie::getName, ResponseCookie::getValue)
			.containsExactly(tuple(NAME, value));
		assertThat(written.get(0).toString()).isEqualTo(NAME + "=" + value
				+ "; Path=/; Max-Age=3600; Expires=" + written.get(0).toString().split("Expires=")[1]);
		assertThat(written.get(0).isHttpOnly()).isTrue();
		assertThat(written.get(0).isSecure()).isTrue();
		assertThat(written.get(0).getSameSite()).isEqualTo("Lax");
	}

	@Test
	void writesALongerValueInChunksThatReadJoinsBack() {
		String value = "0123456789".repeat(1000);
		List<ResponseCookie> written = this.cookies.write(new MockHttpServletRequest(), value, ATTRIBUTES);
		assertThat(written).extracting(ResponseCookie::getName)
			.containsExactly(NAME + ".0", NAME + ".1", NAME + ".2");
		assertThat(written).extracting((cookie) -> cookie.getValue().length()).containsExactly(3936, 3936, 2128);
		assertThat(read(written.stream().map((c) -> new Cookie(c.getName(), c.getValue())).toArray(Cookie[]::new))
			.joined()).contains(value);
	}

	@Test
	void expiresTheLeftOverChunksOfTheRequestWhenTheNewValueIsSmaller() {
		MockHttpServletRequest request = request(new Cookie(NAME + ".0", "a"), new Cookie(NAME + ".1", "b"),
				new Cookie(NAME + ".2", "c"), new Cookie("other", "kept"));
		List<ResponseCookie> written = this.cookies.write(request, "small", ATTRIBUTES);
		assertThat(written).extracting(ResponseCookie::getName, ResponseCookie::getValue,
				(cookie) -> cookie.getMaxAge().toSeconds())
			.containsExactly(tuple(NAME, "small", 3600L), tuple(NAME + ".0", "", 0L), tuple(NAME + ".1", "", 0L),
					tuple(NAME + ".2", "", 0L));
		assertThat(written.get(1).getPath()).isEqualTo("/");
	}

	@Test
	void expiresTheUnchunkedCookieAndOnlyTheChunksNotWrittenAgain() {
		MockHttpServletRequest request = request(new Cookie(NAME, "old"), new Cookie(NAME + ".0", "a"),
				new Cookie(NAME + ".3", "d"));
		List<ResponseCookie> written = this.cookies.write(request, "x".repeat(5000), ATTRIBUTES);
		assertThat(written).extracting(ResponseCookie::getName, (cookie) -> cookie.getMaxAge().toSeconds())
			.containsExactly(tuple(NAME + ".0", 3600L), tuple(NAME + ".1", 3600L), tuple(NAME, 0L),
					tuple(NAME + ".3", 0L));
	}

	@Test
	void clearsTheCookieAndEveryChunkOfTheRequest() {
		MockHttpServletRequest request = request(new Cookie(NAME + ".0", "a"), new Cookie(NAME + ".1", "b"),
				new Cookie(NAME + "-other", "kept"));
		assertThat(this.cookies.clear(request, ATTRIBUTES)).extracting(ResponseCookie::getName,
				(cookie) -> cookie.getMaxAge().toSeconds())
			.containsExactly(tuple(NAME + ".0", 0L), tuple(NAME + ".1", 0L));
		assertThat(this.cookies.clear(new MockHttpServletRequest(), ATTRIBUTES)).isEmpty();
	}

	@Test
	void nextAuthV4ChunksAreThreeCharactersShorter() {
		ChunkedCookies v4 = new ChunkedCookies("next-auth.session-token", ChunkedCookies.NEXT_AUTH_V4_CHUNK_SIZE);
		assertThat(v4.write(new MockHttpServletRequest(), "x".repeat(3934), ATTRIBUTES))
			.extracting((cookie) -> cookie.getValue().length())
			.containsExactly(3933, 1);
	}

	private void assertRefused(String refusal, Cookie... cookies) {
		ChunkedCookies.Read read = read(cookies);
		assertThat(read.joined()).isEmpty();
		assertThat(read.refusal()).contains(refusal).doesNotContain("xxxxxxxx");
	}

	private ChunkedCookies.Read read(Cookie... cookies) {
		return this.cookies.read(request(cookies));
	}

	private static MockHttpServletRequest request(Cookie... cookies) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		if (cookies.length > 0) {
			request.setCookies(cookies);
		}
		return request;
	}

}
