package io.github.authadapter.email;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when what was typed as an email address cannot be one.
 */
public class InvalidEmailAddressException extends IllegalArgumentException {

	public InvalidEmailAddressException(@Nullable String typed) {
		super("'" + typed + "' is not an email address; expected the form name@example.com");
	}

}
