package io.github.authadapter.ratelimit;

import java.util.ArrayList;
import java.util.List;

import io.github.authadapter.email.MagicLink;
import io.github.authadapter.email.MagicLinkSender;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * An application with the starter's email sign-in, whose mails are kept instead of sent.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
class RateLimitApplication {

	@Bean
	SentMails sentMails() {
		return new SentMails();
	}

	/**
	 * Keeps every sign-in link instead of sending it, so that a test counts what would have been sent.
	 */
	static class SentMails implements MagicLinkSender {

		private final List<MagicLink> links = new ArrayList<>();

		@Override
		public synchronized void send(MagicLink link) {
			this.links.add(link);
		}

		synchronized List<String> urlsTo(String address) {
			return this.links.stream().filter((link) -> link.email().value().equals(address)).map(MagicLink::url).toList();
		}

	}

}
