package io.github.authadapter.sample;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the pages show points in time.
 */
final class DisplayTimes {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private DisplayTimes() {
	}

	static String format(Instant instant) {
		return FORMAT.format(instant);
	}

}
