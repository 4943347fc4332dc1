package io.github.authadapter.session;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import org.jspecify.annotations.Nullable;

/**
 * The JSON bodies of the session endpoints, in the shapes that Auth.js's client expects. Written by hand so that the
 * endpoints work without a JSON library on the classpath.
 */
final class SessionJson {

	private SessionJson() {
	}

	/**
	 * {@code {"user":{"id","name","email","image"},"expires":"<ISO-8601>"}}, with the expiry in milliseconds as
	 * JavaScript's {@code Date.toISOString()} writes it.
	 */
	static String session(AdapterUser user, AdapterSession session) {
		return "{\"user\":{\"id\":" + string(user.id()) + ",\"name\":" + string(user.name()) + ",\"email\":"
				+ string(user.email()) + ",\"image\":" + string(user.image()) + "},\"expires\":"
				+ string(DateTimeFormatter.ISO_INSTANT.format(session.expires().truncatedTo(ChronoUnit.MILLIS))
						.replaceFirst("(:\\d\\d)Z$", "$1.000Z"))
				+ "}";
	}

	static String csrf(String token) {
		return "{\"csrfToken\":" + string(token) + "}";
	}

	static String redirect(String url) {
		return "{\"url\":" + string(url) + "}";
	}

	static String string(@Nullable String value) {
		if (value == null) {
			return "null";
		}
		StringBuilder json = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					// Escaping < and > keeps the JSON safe if a browser ever sniffs it as HTML.
					if (c < 0x20 || c == '<' || c == '>' || c == '\u2028' || c == '\u2029') {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"').toString();
	}

}
