package io.github.authadapter;

import java.time.Instant;

/**
 * A single-use token, such as the one in an email sign-in link.
 *
 * @param identifier whom the token is for, usually an email address
 * @param token the token, or a hash of it
 * @param expires when the token stops being valid
 */
public record VerificationToken(String identifier, String token, Instant expires) {

	public VerificationToken {
		Arguments.requireText(identifier, "identifier");
		Arguments.requireText(token, "token");
		Arguments.requireValue(expires, "expires");
	}

	@Override
	public String toString() {
		return "VerificationToken[identifier=" + this.identifier + ", expires=" + this.expires + ", token hidden]";
	}

}
