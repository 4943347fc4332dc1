package io.github.authadapter.csrf;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.authadapter.email.MagicLink;
import io.github.authadapter.email.MagicLinkSender;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * An application with the starter's default filter chain and pages and email sign-in, whose links are kept for the
 * test.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
class CsrfTestApplication {

	@Bean
	SentLinks sentLinks() {
		return new SentLinks();
	}

	/**
	 * The sign-in links that would have been sent, newest last.
	 */
	static class SentLinks implements MagicLinkSender {

		private final List<MagicLink> links = new CopyOnWriteArrayList<>();

		@Override
		public void send(MagicLink link) {
			this.links.add(link);
		}

		int count() {
			return this.links.size();
		}

		MagicLink last() {
			return this.links.get(this.links.size() - 1);
		}

	}

}
