package io.github.authadapter.session;

import java.util.ArrayList;
import java.util.List;

import io.github.authadapter.AdapterUser;
import io.github.authadapter.email.MagicLink;
import io.github.authadapter.email.MagicLinkDeliveryException;
import io.github.authadapter.email.MagicLinkSender;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application with the starter, Spring Security and the default security filter chain, for MockMvc tests.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class SessionTestApplication {

	@Bean
	HttpSessionForbiddingFilter httpSessionForbiddingFilter() {
		return new HttpSessionForbiddingFilter();
	}

	@Bean
	RecordingMagicLinkSender recordingMagicLinkSender() {
		return new RecordingMagicLinkSender();
	}

	/**
	 * A page that needs a session, registered as a member of this configuration.
	 */
	@RestController
	static class ProtectedController {

		@GetMapping("/protected")
		String hello(@AuthenticationPrincipal AdapterUser user) {
			return "Hello " + user.email();
		}

	}

	/**
	 * Keeps the links instead of sending them, and fails for addresses that start with {@code undeliverable}.
	 */
	public static class RecordingMagicLinkSender implements MagicLinkSender {

		private final List<MagicLink> links = new ArrayList<>();

		@Override
		public synchronized void send(MagicLink link) {
			if (link.email().value().startsWith("undeliverable")) {
				throw new MagicLinkDeliveryException("The sign-in email to " + link.email() + " could not be sent",
						new java.io.IOException("Connection refused"));
			}
			this.links.add(link);
		}

		public synchronized MagicLink last() {
			return this.links.get(this.links.size() - 1);
		}

		public synchronized int count() {
			return this.links.size();
		}

	}

}
