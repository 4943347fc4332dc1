package io.github.authadapter.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseCookie;

/**
 * Reads and writes a cookie whose value may be split into {@code name.0}, {@code name.1}, ... as Auth.js's
 * {@code SessionStore} does for a JWT session token over the size a browser keeps.
 * <p>
 * Auth.js joins every cookie whose name starts with the session cookie's, in the order of its numeric suffix. This
 * class accepts exactly {@code name} or a gap-free run {@code name.0} to {@code name.n}, and refuses the mixtures that
 * Auth.js would join into a broken token: the plain cookie with chunks, a missing chunk, a chunk index twice.
 */
public final class ChunkedCookies {

	/**
	 * The chunk size of Auth.js v5: 4096 bytes minus its estimate of 160 for the cookie's name and attributes.
	 */
	public static final int AUTH_JS_CHUNK_SIZE = 4096 - 160;

	/**
	 * The chunk size of NextAuth.js v4, whose estimate of the cookie's name and attributes is 163 bytes.
	 */
	public static final int NEXT_AUTH_V4_CHUNK_SIZE = 4096 - 163;

	/**
	 * The longest joined value read, in characters, checked before joining.
	 */
	public static final int MAX_VALUE_LENGTH = 64 * 1024;

	private final String name;

	private final int chunkSize;

	/**
	 * Chunked cookies of the given name.
	 * @param name the cookie's name without suffix, for example {@code authjs.session-token}
	 * @param chunkSize {@link #AUTH_JS_CHUNK_SIZE} or {@link #NEXT_AUTH_V4_CHUNK_SIZE}
	 */
	public ChunkedCookies(String name, int chunkSize) {
		if (chunkSize < 1) {
			throw new IllegalArgumentException("chunkSize must be positive, but is " + chunkSize);
		}
		this.name = name;
		this.chunkSize = chunkSize;
	}

	/**
	 * The value that the request carries, chunks joined; or none; or why it is refused.
	 */
	public Read read(HttpServletRequest request) {
		@Nullable String whole = null;
		TreeMap<Integer, String> chunks = new TreeMap<>();
		int length = 0;
		for (Cookie cookie : cookies(request)) {
			String value = cookie.getValue();
			// Auth.js skips empty values, which are what a cleared cookie leaves until the browser drops it.
			if (value == null || value.isEmpty()) {
				continue;
			}
			Integer index = index(cookie.getName());
			if (index == null) {
				continue;
			}
			length += value.length();
			if (length > MAX_VALUE_LENGTH) {
				return Read.refused("longer than " + MAX_VALUE_LENGTH + " characters");
			}
			if (index == -1) {
				if (whole != null) {
					return Read.refused("the cookie twice");
				}
				whole = value;
			}
			else if (chunks.putIfAbsent(index, value) != null) {
				return Read.refused("chunk " + index + " twice");
			}
		}
		if (chunks.isEmpty()) {
			return (whole != null) ? Read.of(whole) : Read.NONE;
		}
		if (whole != null) {
			return Read.refused("both the unchunked cookie and chunks");
		}
		if (chunks.lastKey() != chunks.size() - 1) {
			return Read.refused("a missing chunk: " + chunks.size() + " chunks, the last numbered " + chunks.lastKey());
		}
		return Read.of(String.join("", chunks.values()));
	}

	/**
	 * The cookies that store a value: one cookie, or chunks when it is longer than the chunk size; and cookies that
	 * expire whatever the request had under this name and is not written again, so that no stale chunk is left.
	 * @param request the request, for the cookies it carries
	 * @param value the value, not empty
	 * @param attributes the cookie's attributes (path, domain, secure, HttpOnly, SameSite, max age); its name and
	 * value are not used
	 */
	public List<ResponseCookie> write(HttpServletRequest request, String value, ResponseCookie attributes) {
		if (value.isEmpty()) {
			throw new IllegalArgumentException("A cookie to write needs a value; use clear to remove it");
		}
		Map<String, ResponseCookie> written = new LinkedHashMap<>();
		int count = (value.length() + this.chunkSize - 1) / this.chunkSize;
		if (count == 1) {
			written.put(this.name, copy(attributes, this.name, value, null));
		}
		else {
			for (int i = 0; i < count; i++) {
				String chunk = value.substring(i * this.chunkSize, Math.min(value.length(), (i + 1) * this.chunkSize));
				written.put(this.name + "." + i, copy(attributes, this.name + "." + i, chunk, null));
			}
		}
		List<ResponseCookie> cookies = new ArrayList<>(written.values());
		for (ResponseCookie expired : clear(request, attributes)) {
			if (!written.containsKey(expired.getName())) {
				cookies.add(expired);
			}
		}
		return cookies;
	}

	/**
	 * Cookies that expire the cookie and every chunk of it that the request carries, for signing out.
	 */
	public List<ResponseCookie> clear(HttpServletRequest request, ResponseCookie attributes) {
		Map<String, ResponseCookie> expired = new LinkedHashMap<>();
		for (Cookie cookie : cookies(request)) {
			if (index(cookie.getName()) != null) {
				expired.putIfAbsent(cookie.getName(), copy(attributes, cookie.getName(), "", 0L));
			}
		}
		return List.copyOf(expired.values());
	}

	/**
	 * -1 for the plain name, the chunk index for {@code name.<digits>}, null for any other name.
	 */
	private @Nullable Integer index(String cookieName) {
		if (cookieName.equals(this.name)) {
			return -1;
		}
		if (!cookieName.startsWith(this.name + ".")) {
			return null;
		}
		String suffix = cookieName.substring(this.name.length() + 1);
		// Short decimal suffixes only: 64 KiB in chunks of about 4 KB needs two digits.
		if (suffix.isEmpty() || suffix.length() > 3 || !suffix.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return null;
		}
		return Integer.parseInt(suffix);
	}

	private static List<Cookie> cookies(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		return (cookies != null) ? List.of(cookies) : List.of();
	}

	private static ResponseCookie copy(ResponseCookie attributes, String name, String value, @Nullable Long maxAge) {
		return ResponseCookie.from(name, value)
			.path(attributes.getPath())
			.domain(attributes.getDomain())
			.secure(attributes.isSecure())
			.httpOnly(attributes.isHttpOnly())
			.sameSite(attributes.getSameSite())
			.partitioned(attributes.isPartitioned())
			.maxAge((maxAge != null) ? Duration.ofSeconds(maxAge) : attributes.getMaxAge())
			.build();
	}

	/**
	 * What a request carries under the cookie's name.
	 * @param value the joined value, or {@code null} when there is none or it is refused
	 * @param refusal why the cookies were refused, in words that never contain their values, or {@code null}
	 */
	public record Read(@Nullable String value, @Nullable String refusal) {

		static final Read NONE = new Read(null, null);

		static Read of(String value) {
			return new Read(value, null);
		}

		static Read refused(String refusal) {
			return new Read(null, refusal);
		}

		/**
		 * The joined value, when there is one and it is not refused.
		 */
		public Optional<String> joined() {
			return Optional.ofNullable(this.value);
		}

	}

}
