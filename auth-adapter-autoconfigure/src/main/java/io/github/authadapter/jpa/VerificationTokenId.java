package io.github.authadapter.jpa;

import java.io.Serializable;

/**
 * The primary key of the {@code verification_token} table.
 *
 * @param identifier whom the token is for
 * @param token the token
 */
public record VerificationTokenId(String identifier, String token) implements Serializable {

	// Hibernate puts entity ids into its log lines and exception messages.
	@Override
	public String toString() {
		return "VerificationTokenId[identifier=" + this.identifier + ", token hidden]";
	}

}
