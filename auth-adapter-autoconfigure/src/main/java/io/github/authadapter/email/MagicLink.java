package io.github.authadapter.email;

import java.time.Instant;

/**
 * A sign-in link on its way to a person's inbox.
 *
 * @param email where to send it
 * @param url the link, which carries the token: whoever has it can sign in once
 * @param expires when the link stops working
 */
public record MagicLink(EmailAddress email, String url, Instant expires) {

	public MagicLink {
		if (email == null || url == null || url.isBlank() || expires == null) {
			throw new IllegalArgumentException("email, url and expires are required");
		}
	}

	@Override
	public String toString() {
		return "MagicLink[email=" + this.email + ", expires=" + this.expires + ", url hidden]";
	}

}
