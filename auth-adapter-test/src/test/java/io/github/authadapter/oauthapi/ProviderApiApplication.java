package io.github.authadapter.oauthapi;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.authadapter.oauth.ProviderAccountDisconnectedEvent;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

import static org.springframework.security.oauth2.client.web.client.RequestAttributeClientRegistrationIdResolver.clientRegistrationId;

/**
 * An application that calls its provider's API for the signed-in user, with the code the README shows.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(ProviderApiApplication.GitHubLoginController.class)
class ProviderApiApplication {

	@Bean
	RestClient gitHub(OAuth2AuthorizedClientManager authorizedClients, @Value("${test.ghe-api-url}") String apiUrl) {
		return RestClient.builder()
			.baseUrl(apiUrl)
			.requestInterceptor(new OAuth2ClientHttpRequestInterceptor(authorizedClients))
			.build();
	}

	@Bean
	DisconnectedAccounts disconnectedAccounts() {
		return new DisconnectedAccounts();
	}

	/**
	 * The signed-in user's login at the provider, read from its API.
	 */
	@RestController
	static class GitHubLoginController {

		private final RestClient gitHub;

		GitHubLoginController(RestClient gitHub) {
			this.gitHub = gitHub;
		}

		@GetMapping("/ghe/login")
		String login() {
			Map<?, ?> user = this.gitHub.get()
				.uri("/user")
				.attributes(clientRegistrationId("ghe"))
				.retrieve()
				.body(Map.class);
			return String.valueOf(user.get("login"));
		}

	}

	/**
	 * The disconnected accounts that the starter announced.
	 */
	static class DisconnectedAccounts {

		final List<ProviderAccountDisconnectedEvent> events = new CopyOnWriteArrayList<>();

		@EventListener
		void record(ProviderAccountDisconnectedEvent event) {
			this.events.add(event);
		}

	}

}
