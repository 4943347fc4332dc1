package io.github.authadapter.email;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Writes sign-in links to the log, one line each, for development. Anyone who can read the log can sign in as
 * anyone: configure {@code spring.mail.host} or a {@link MagicLinkSender} bean before going live.
 */
public class LoggingMagicLinkSender implements MagicLinkSender {

	private static final Log logger = LogFactory.getLog(LoggingMagicLinkSender.class);

	@Override
	public void send(MagicLink link) {
		logger.info("Sign-in link for " + link.email() + " (valid until " + link.expires() + "): " + link.url());
	}

}
