package io.github.authadapter.jwtsession;

import java.util.ArrayList;
import java.util.List;

import io.github.authadapter.AdapterUser;
import io.github.authadapter.email.MagicLink;
import io.github.authadapter.email.MagicLinkSender;
import io.github.authadapter.jwt.JwtSessionClaimsCustomizer;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application with the starter's default filter chain and pages, email sign-in, and a page that needs a session,
 * for JWT sessions over real HTTP.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
class JwtSessionApplication {

	/**
	 * The address prefix whose users get ten kilobytes of claims, so that their token is chunked.
	 */
	static final String BIG = "big-";

	@Bean
	SentLinks sentLinks() {
		return new SentLinks();
	}

	/**
	 * Claims of the application's own, as a Next.js app's {@code jwt} callback adds them.
	 */
	@Bean
	JwtSessionClaimsCustomizer permissions() {
		return (claims, signIn) -> {
			claims.put("role", "member");
			String email = signIn.user().email();
			if (email != null && email.startsWith(BIG)) {
				claims.put("permissions", permissionList());
			}
		};
	}

	static List<String> permissionList() {
		List<String> permissions = new ArrayList<>();
		for (int i = 0; permissions.size() * 24 < 10_240; i++) {
			permissions.add("permission:" + i + ":read-write");
		}
		return permissions;
	}

	/**
	 * The signed-in user's address: a page that needs a session.
	 */
	@RestController
	static class MeController {

		@GetMapping("/me")
		String me(@AuthenticationPrincipal AdapterUser user) {
			return user.id() + " " + user.email() + " " + user.attribute("role");
		}

	}

	/**
	 * Keeps every sign-in link instead of sending it.
	 */
	static class SentLinks implements MagicLinkSender {

		private final List<MagicLink> links = new ArrayList<>();

		@Override
		public synchronized void send(MagicLink link) {
			this.links.add(link);
		}

		synchronized MagicLink last() {
			if (this.links.isEmpty()) {
				throw new IllegalStateException("No link was sent");
			}
			return this.links.get(this.links.size() - 1);
		}

	}

}
