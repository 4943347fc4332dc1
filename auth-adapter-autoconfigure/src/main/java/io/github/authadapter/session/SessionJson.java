package io.github.authadapter.session;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.authadapter.AdapterUser;
import org.jspecify.annotations.Nullable;

/**
 * The bodies of the session endpoints, in the shapes that Auth.js's client expects, for Spring MVC to write as JSON.
 */
final class SessionJson {

	// JavaScript's Date.toISOString(), which Auth.js's endpoint uses: always three fraction digits.
	private static final DateTimeFormatter JAVASCRIPT_ISO_STRING = DateTimeFormatter
		.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	/**
	 * The JSON literal {@code null}, which the session endpoint answers without a session.
	 */
	static final String NULL = "null";

	private SessionJson() {
	}

	/**
	 * {@code {"user":{"id","name","email","image",...},"expires":"<ISO-8601>"}}.
	 */
	static Map<String, Object> session(AdapterUser user, Instant expires, List<SessionUserCustomizer> customizers) {
		Map<String, @Nullable Object> sessionUser = new LinkedHashMap<>();
		sessionUser.put("id", user.id());
		sessionUser.put("name", user.name());
		sessionUser.put("email", user.email());
		sessionUser.put("image", user.image());
		customizers.forEach((customizer) -> customizer.customize(sessionUser, user));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("user", sessionUser);
		body.put("expires", isoString(expires));
		return body;
	}

	static Map<String, String> csrf(String token) {
		return Map.of("csrfToken", token);
	}

	static String isoString(Instant instant) {
		LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
		if (utc.getYear() < 1000 || utc.getYear() > 9999) {
			return JAVASCRIPT_ISO_STRING.format(instant);
		}
		// By hand on every session request: the formatter's fraction goes through a BigDecimal each time.
		StringBuilder iso = new StringBuilder(24).append(utc.getYear());
		twoDigits(iso.append('-'), utc.getMonthValue());
		twoDigits(iso.append('-'), utc.getDayOfMonth());
		twoDigits(iso.append('T'), utc.getHour());
		twoDigits(iso.append(':'), utc.getMinute());
		twoDigits(iso.append(':'), utc.getSecond());
		int millis = utc.getNano() / 1_000_000;
		iso.append('.').append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10));
		return iso.append((char) ('0' + millis % 10)).append('Z').toString();
	}

	private static void twoDigits(StringBuilder iso, int value) {
		iso.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
	}

}
