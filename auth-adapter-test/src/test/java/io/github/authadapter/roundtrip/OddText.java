package io.github.authadapter.roundtrip;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * Random values of the kinds that break storage: text from every plane of Unicode with emoji, combining marks,
 * right-to-left scripts, control characters and odd whitespace, very long text, and instants and numbers at the edges
 * of what columns hold. The same seed gives the same values, so that a failure can be replayed.
 */
final class OddText {

	/**
	 * The latest instant generated: far past the end of 32-bit Unix time in 2038.
	 */
	static final Instant LATEST = ZonedDateTime.of(3000, 12, 31, 23, 59, 59, 999_000_000, ZoneOffset.UTC).toInstant();

	/**
	 * Values of {@code expires_at}, in seconds, that sit on a boundary of some integer or date type.
	 */
	private static final List<Long> EDGE_SECONDS = List.of(0L, 1L, -1L, (long) Integer.MAX_VALUE,
			Integer.MAX_VALUE + 1L, 0xFFFF_FFFFL, LATEST.getEpochSecond(), Long.MAX_VALUE, Long.MIN_VALUE);

	/**
	 * Blocks of code points, inclusive, chosen evenly so that rare scripts are as likely as ASCII.
	 */
	private static final int[][] BLOCKS = { { 0x20, 0x7E }, // ASCII
			{ 0x01, 0x1F }, // control characters other than NUL: tab, line feed, escape
			{ 0xA0, 0x24F }, // Latin-1 and Latin Extended, with the no-break space
			{ 0x300, 0x36F }, // combining diacritical marks
			{ 0x591, 0x5F4 }, // Hebrew, right to left
			{ 0x600, 0x6FF }, // Arabic, right to left
			{ 0x2000, 0x206F }, // odd spaces, zero-width joiners, bidi overrides, line and paragraph separators
			{ 0x3000, 0x303F }, // CJK punctuation, with the ideographic space
			{ 0x4E00, 0x9FFF }, // CJK ideographs, three bytes in UTF-8
			{ 0xE000, 0xF8FF }, // private use
			{ 0xFE00, 0xFFFF }, // variation selectors, the byte order mark, U+FFFD to U+FFFF
			{ 0x1F300, 0x1FAFF }, // emoji, four bytes in UTF-8 and a surrogate pair in Java
			{ 0x10000, 0x10FFFF } }; // anything above the Basic Multilingual Plane

	private static final int[] WHITESPACE = { ' ', '\t', '\n', '\r', 0x0B, 0x0C, 0x85, 0xA0, 0x1680, 0x2007, 0x2028,
			0x2029, 0x202F, 0x3000, 0xFEFF };

	private final SplittableRandom random;

	OddText(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/**
	 * Text of at most the given number of UTF-16 units, often short, sometimes empty or whitespace only.
	 */
	String text(int maxLength) {
		int length = switch (this.random.nextInt(8)) {
			case 0 -> 0;
			case 1 -> 1;
			case 2 -> maxLength;
			default -> this.random.nextInt(Math.min(maxLength, 64) + 1);
		};
		return (this.random.nextInt(10) == 0) ? whitespace(length) : randomText(length);
	}

	/**
	 * Text that is not blank, with a prefix that makes it unique; the prefix counts towards the maximum length.
	 */
	String uniqueText(String prefix, int maxLength) {
		return prefix + text(maxLength - prefix.length());
	}

	/**
	 * Text of at most the given number of UTF-16 units or null, as a nullable column may hold.
	 */
	@Nullable String nullableText(int maxLength) {
		return (this.random.nextInt(6) == 0) ? null : text(maxLength);
	}

	/**
	 * Text of exactly the given number of UTF-16 units.
	 */
	String longText(int length) {
		return randomText(length);
	}

	/**
	 * A WebAuthn credential id: base64url of up to 1,023 random bytes, the longest that WebAuthn allows.
	 */
	String credentialId(String prefix) {
		byte[] bytes = new byte[1 + this.random.nextInt(1023)];
		this.random.nextBytes(bytes);
		String id = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return id.substring(0, Math.min(id.length(), 1400));
	}

	/**
	 * An instant at millisecond precision from the epoch to the year 3000, often on a boundary.
	 */
	Instant instant() {
		return switch (this.random.nextInt(8)) {
			case 0 -> Instant.EPOCH;
			case 1 -> LATEST;
			case 2 -> Instant.ofEpochSecond(Integer.MAX_VALUE).plusMillis(this.random.nextInt(2000) - 1000);
			default -> Instant.ofEpochMilli(this.random.nextLong(LATEST.toEpochMilli() + 1));
		};
	}

	@Nullable Instant nullableInstant() {
		return (this.random.nextInt(6) == 0) ? null : instant();
	}

	/**
	 * Seconds since the epoch of any size, often on a boundary, or null.
	 */
	@Nullable Long nullableSeconds() {
		return switch (this.random.nextInt(4)) {
			case 0 -> null;
			case 1 -> this.random.nextLong();
			default -> EDGE_SECONDS.get(this.random.nextInt(EDGE_SECONDS.size()));
		};
	}

	long counter() {
		return (this.random.nextBoolean()) ? this.random.nextLong(Long.MAX_VALUE) : this.random.nextInt(3);
	}

	boolean nextBoolean() {
		return this.random.nextBoolean();
	}

	int nextInt(int bound) {
		return this.random.nextInt(bound);
	}

	private String whitespace(int length) {
		StringBuilder text = new StringBuilder(length);
		while (text.length() < length) {
			text.appendCodePoint(WHITESPACE[this.random.nextInt(WHITESPACE.length)]);
		}
		return text.toString();
	}

	private String randomText(int length) {
		StringBuilder text = new StringBuilder(length);
		while (text.length() < length) {
			int[] block = BLOCKS[this.random.nextInt(BLOCKS.length)];
			int codePoint = block[0] + this.random.nextInt(block[1] - block[0] + 1);
			if (Character.charCount(codePoint) > length - text.length()) {
				codePoint = 'x';
			}
			text.appendCodePoint(codePoint);
		}
		return text.toString();
	}

}
