package io.github.authadapter.session;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session endpoint's expiry, written by hand, as JavaScript's {@code Date.toISOString()} writes it.
 */
class SessionJsonTests {

	private static final DateTimeFormatter ISO_STRING = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	@Test
	void threeFractionDigitsAlwaysAndTheMicrosecondsCutOff() {
		assertThat(SessionJson.isoString(Instant.parse("2027-01-05T21:01:10Z"))).isEqualTo("2027-01-05T21:01:10.000Z");
		assertThat(SessionJson.isoString(Instant.parse("2027-01-05T21:01:10.640Z")))
			.isEqualTo("2027-01-05T21:01:10.640Z");
		assertThat(SessionJson.isoString(Instant.parse("2026-12-31T23:59:59.999999999Z")))
			.isEqualTo("2026-12-31T23:59:59.999Z");
		assertThat(SessionJson.isoString(Instant.parse("2030-03-04T05:06:07.008Z")))
			.isEqualTo("2030-03-04T05:06:07.008Z");
	}

	@Test
	void theSameAsTheFormatterForAnyInstantAndYearsOutsideFourDigitsByTheFormatter() {
		SplittableRandom random = new SplittableRandom(19);
		for (int i = 0; i < 10_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 260_000_000_000L),
					random.nextInt(1_000_000_000));
			assertThat(SessionJson.isoString(instant)).as(instant.toString()).isEqualTo(ISO_STRING.format(instant));
		}
	}

}
