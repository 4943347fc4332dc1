package io.github.authadapter.hostile;

import java.util.ArrayList;
import java.util.List;

import io.github.authadapter.AdapterUser;
import io.github.authadapter.email.MagicLink;
import io.github.authadapter.email.MagicLinkSender;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application with the starter's default filter chain and pages, email sign-in, and a page that needs a session.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
class HostileInputApplication {

	@Bean
	SentLinks sentLinks() {
		return new SentLinks();
	}

	/**
	 * The signed-in user's address: a page that needs a session.
	 */
	@RestController
	static class MeController {

		@GetMapping("/me")
		String me(@AuthenticationPrincipal AdapterUser user) {
			return String.valueOf(user.email());
		}

	}

	/**
	 * Keeps every sign-in link instead of sending it, so that a test sees what would have been sent.
	 */
	static class SentLinks implements MagicLinkSender {

		private final List<MagicLink> links = new ArrayList<>();

		@Override
		public synchronized void send(MagicLink link) {
			this.links.add(link);
		}

		synchronized int count() {
			return this.links.size();
		}

		synchronized MagicLink last() {
			if (this.links.isEmpty()) {
				throw new IllegalStateException("No link was sent");
			}
			return this.links.get(this.links.size() - 1);
		}

	}

}
