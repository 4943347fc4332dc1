package io.github.authadapter.test.hostile;

import java.util.ArrayList;
import java.util.List;

import io.github.authadapter.AdapterUser;
import io.github.authadapter.email.MagicLink;
import io.github.authadapter.email.MagicLinkSender;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application with the starter's default filter chain and pages, email sign-in whose links are kept rather than
 * sent, and a page that needs a session, {@code GET /me}, which answers the user's email address.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class HostileInputApplication {

	/**
	 * The links, kept instead of sent; the one sender, even next to an application's own.
	 */
	@Bean
	@Primary
	SentLinks sentLinks() {
		return new SentLinks();
	}

	/**
	 * The signed-in user's address: a page that needs a session.
	 */
	@RestController
	public static class MeController {

		@GetMapping("/me")
		public String me(@AuthenticationPrincipal AdapterUser user) {
			return String.valueOf(user.email());
		}

	}

	/**
	 * Keeps every sign-in link instead of sending it, so that a test sees what would have been sent.
	 */
	public static class SentLinks implements MagicLinkSender {

		private final List<MagicLink> links = new ArrayList<>();

		@Override
		public synchronized void send(MagicLink link) {
			this.links.add(link);
		}

		/**
		 * The number of links sent.
		 */
		public synchronized int count() {
			return this.links.size();
		}

		/**
		 * The newest link.
		 * @throws IllegalStateException if none was sent
		 */
		public synchronized MagicLink last() {
			if (this.links.isEmpty()) {
				throw new IllegalStateException("No link was sent");
			}
			return this.links.get(this.links.size() - 1);
		}

	}

}
