package io.github.authadapter.autoconfigure;

/**
 * Thrown at startup when sign-in by email has no way to deliver links outside the dev profile, and writing them to the
 * log was not asked for.
 */
public class NoMagicLinkSenderException extends IllegalStateException {

	NoMagicLinkSenderException() {
		super("Sign-in by email has no way to deliver sign-in links: there is no mail server (spring.mail.host) and "
				+ "no MagicLinkSender bean, and outside the 'dev' profile links are written to the log only when "
				+ "auth.adapter.email.log-links is true");
	}

}
