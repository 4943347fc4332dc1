package io.github.authadapter.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains at startup the ways of delivering sign-in links.
 */
class NoMagicLinkSenderFailureAnalyzer extends AbstractFailureAnalyzer<NoMagicLinkSenderException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoMagicLinkSenderException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Add spring-boot-starter-mail and set spring.mail.host (and spring.mail.username, "
						+ "spring.mail.password), or define a MagicLinkSender bean that sends them another way, such as "
						+ "through an email API. To write them to the log, where anyone who reads it can sign in as "
						+ "anyone, set auth.adapter.email.log-links=true or run with the 'dev' profile. Without sign-in "
						+ "by email, set auth.adapter.email.enabled=false.",
				cause);
	}

}
