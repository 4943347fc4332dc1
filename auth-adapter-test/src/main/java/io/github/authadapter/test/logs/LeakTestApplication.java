package io.github.authadapter.test.logs;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.authadapter.email.MagicLink;
import io.github.authadapter.email.MagicLinkSender;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * An application with email and OAuth sign-in whose sign-in links are kept for the test rather than written to the
 * log, which the development sender does on purpose.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class LeakTestApplication {

	/**
	 * The links, kept instead of sent; the one sender, even next to an application's own.
	 */
	@Bean
	@Primary
	Outbox outbox() {
		return new Outbox();
	}

	/**
	 * The sign-in links sent, newest last.
	 */
	static class Outbox implements MagicLinkSender {

		private final List<MagicLink> links = new CopyOnWriteArrayList<>();

		@Override
		public void send(MagicLink link) {
			this.links.add(link);
		}

		MagicLink last() {
			return this.links.get(this.links.size() - 1);
		}

	}

}
