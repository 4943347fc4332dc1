package io.github.authadapter.oauth;

import org.junit.jupiter.api.Test;

import org.springframework.security.config.oauth2.client.CommonOAuth2Provider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AuthJsClientRegistrations}.
 */
class AuthJsClientRegistrationsTests {

	private final ClientRegistration github = CommonOAuth2Provider.GITHUB.getBuilder("github")
		.clientId("id")
		.clientSecret("secret")
		.build();

	private final ClientRegistration company = CommonOAuth2Provider.OKTA.getBuilder("company")
		.clientId("id")
		.clientSecret("secret")
		.authorizationUri("https://login.example.com/authorize")
		.tokenUri("https://login.example.com/token")
		.jwkSetUri("https://login.example.com/keys")
		.userInfoUri("https://login.example.com/userinfo")
		.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
		.build();

	private final AuthJsClientRegistrations registrations = new AuthJsClientRegistrations(
			new InMemoryClientRegistrationRepository(this.github, this.company));

	@Test
	void aRegistrationWithoutARedirectUriOfItsOwnGetsAuthJsCallback() {
		assertThat(this.github.getRedirectUri()).isEqualTo(AuthJsClientRegistrations.SPRING_SECURITY_DEFAULT_REDIRECT_URI);
		assertThat(this.registrations.findByRegistrationId("github").getRedirectUri())
			.isEqualTo("{baseUrl}/api/auth/callback/{registrationId}");
	}

	@Test
	void aRedirectUriOfTheApplicationsOwnIsKept() {
		assertThat(this.registrations.findByRegistrationId("company").getRedirectUri())
			.isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
	}

	@Test
	void gitHubAsksForTheEmailScopeAsInAuthJsUnlessOtherScopesAreSet() {
		assertThat(this.registrations.findByRegistrationId("github").getScopes()).containsExactly("read:user",
				"user:email");
		ClientRegistration ownScopes = CommonOAuth2Provider.GITHUB.getBuilder("github")
			.clientId("id")
			.clientSecret("secret")
			.scope("read:user", "repo")
			.build();
		assertThat(new AuthJsClientRegistrations(new InMemoryClientRegistrationRepository(ownScopes))
			.findByRegistrationId("github")
			.getScopes()).containsExactly("read:user", "repo");
	}

	@Test
	void theSameRegistrationIsAdaptedOnce() {
		assertThat(this.registrations.findByRegistrationId("github"))
			.isSameAs(this.registrations.findByRegistrationId("github"));
	}

	@Test
	void unknownRegistrationsAreNotFound() {
		assertThat(this.registrations.findByRegistrationId("email")).isNull();
	}

	@Test
	void listsTheRegistrationsWithTheirRedirectUris() {
		assertThat(this.registrations).extracting(ClientRegistration::getRegistrationId)
			.containsExactlyInAnyOrder("github", "company");
		assertThat(this.registrations).filteredOn((registration) -> registration.getRegistrationId().equals("github"))
			.extracting(ClientRegistration::getRedirectUri)
			.containsExactly(OAuthRoutes.DEFAULT_REDIRECT_URI);
	}

}
