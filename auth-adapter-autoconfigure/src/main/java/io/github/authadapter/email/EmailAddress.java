package io.github.authadapter.email;

import java.text.Normalizer;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An email address in the one form in which it identifies a user and a verification token: NFKC-normalised, trimmed
 * and lower-cased. For an address without compatibility characters, this is the identifier under which Auth.js's
 * email sign-in stores it; Auth.js keeps characters such as full-width letters as typed, and here they become the
 * letters they look like, so that two addresses that look alike are one user.
 *
 * @param value the normalised address
 */
public record EmailAddress(String value) {

	/**
	 * The longest address that mail servers accept (RFC 5321 with RFC 3696 erratum 1690).
	 */
	public static final int MAX_LENGTH = 254;

	public EmailAddress {
		if (value == null || !isPlausible(value)) {
			throw new InvalidEmailAddressException(value);
		}
	}

	/**
	 * Normalises what a person typed and checks that it looks like an email address.
	 * @throws InvalidEmailAddressException if it does not
	 */
	public static EmailAddress parse(@Nullable String typed) {
		if (typed == null) {
			throw new InvalidEmailAddressException(null);
		}
		return new EmailAddress(trim(Normalizer.normalize(typed, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT));
	}

	/**
	 * Removes what JavaScript's {@code String.trim()}, which Auth.js applies, removes: every Unicode space, no-break
	 * spaces included, line breaks and the byte order mark. Java's {@code strip()} keeps no-break spaces.
	 */
	private static String trim(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isTrimmed(text.charAt(start))) {
			start++;
		}
		while (end > start && isTrimmed(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	private static boolean isTrimmed(char c) {
		return Character.isSpaceChar(c) || "\t\n\u000B\f\r\uFEFF".indexOf(c) >= 0;
	}

	private static boolean isPlausible(String address) {
		if (address.length() > MAX_LENGTH) {
			return false;
		}
		int at = address.indexOf('@');
		if (at < 1 || at != address.lastIndexOf('@') || at > 64) {
			return false;
		}
		String domain = address.substring(at + 1);
		if (domain.isEmpty() || !domain.contains(".") || domain.startsWith(".") || domain.endsWith(".")
				|| domain.startsWith("-") || domain.contains("..")
				|| !domain.codePoints().allMatch(EmailAddress::isDomainCharacter)) {
			return false;
		}
		return address.codePoints().allMatch(EmailAddress::isAddressCharacter);
	}

	private static boolean isAddressCharacter(int codePoint) {
		int type = Character.getType(codePoint);
		// Commas, brackets and whitespace let one field name several recipients or a display name; invisible format
		// characters, such as a right-to-left override, let an address look like another; a lone surrogate is not
		// text at all.
		return !Character.isWhitespace(codePoint) && !Character.isISOControl(codePoint) && type != Character.FORMAT
				&& type != Character.SURROGATE && ",;:<>()[]\\\"".indexOf(codePoint) < 0;
	}

	/**
	 * Whether the character may stand in a domain name: letters, digits and marks of any script, for
	 * internationalised domains, and hyphens and dots. Anything else, such as a {@code %} of an encoded line break,
	 * makes the address undeliverable.
	 */
	private static boolean isDomainCharacter(int codePoint) {
		int type = Character.getType(codePoint);
		return Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK
				|| type == Character.COMBINING_SPACING_MARK || codePoint == '-' || codePoint == '.';
	}

	@Override
	public String toString() {
		return this.value;
	}

}
