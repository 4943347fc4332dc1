package io.github.authadapter.email;

import java.text.Normalizer;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An email address in the one form in which it identifies a user and a verification token: trimmed, NFKC-normalised
 * and lower-cased.
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
		return new EmailAddress(Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
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
				|| domain.startsWith("-") || domain.contains("..")) {
			return false;
		}
		for (int i = 0; i < address.length(); i++) {
			char c = address.charAt(i);
			// Commas, brackets and whitespace let one field name several recipients or a display name.
			if (Character.isWhitespace(c) || Character.isISOControl(c) || ",;:<>()[]\\\"".indexOf(c) >= 0) {
				return false;
			}
		}
		return true;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
