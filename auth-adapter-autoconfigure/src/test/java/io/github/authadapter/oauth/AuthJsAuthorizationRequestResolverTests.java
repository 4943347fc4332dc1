package io.github.authadapter.oauth;

import java.net.URI;
import java.util.List;

import io.github.authadapter.web.TrustedBaseUrl;
import io.github.authadapter.web.UntrustedHostException;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.config.oauth2.client.CommonOAuth2Provider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link AuthJsAuthorizationRequestResolver}: the {@code redirect_uri} sent to the provider, which receives
 * the authorization code, never takes its host from an untrusted request.
 */
class AuthJsAuthorizationRequestResolverTests {

	private final ClientRegistration github = CommonOAuth2Provider.GITHUB.getBuilder("github")
		.clientId("id")
		.clientSecret("secret")
		.build();

	private final ClientRegistration company = CommonOAuth2Provider.GITHUB.getBuilder("company")
		.clientId("id")
		.clientSecret("secret")
		.redirectUri("{baseScheme}://{baseHost}{basePort}{basePath}/{action}/oauth2/code/{registrationId}")
		.build();

	private final AuthJsClientRegistrations registrations = new AuthJsClientRegistrations(
			new InMemoryClientRegistrationRepository(this.github, this.company));

	@Test
	void theRedirectUriUsesTheConfiguredAddressWhateverTheHostOfTheRequest() {
		AuthJsAuthorizationRequestResolver resolver = new AuthJsAuthorizationRequestResolver(this.registrations,
				TrustedBaseUrl.of(URI.create("https://app.example/shop"), List.of()));

		OAuth2AuthorizationRequest request = resolver.resolve(signIn("github", "evil.example", 80));

		assertThat(request).isNotNull();
		assertThat(request.getRedirectUri()).isEqualTo("https://app.example/shop/api/auth/callback/github");
	}

	@Test
	void everyBaseVariableOfARedirectUriOfTheApplicationsOwnComesFromTheConfiguredAddress() {
		AuthJsAuthorizationRequestResolver resolver = new AuthJsAuthorizationRequestResolver(this.registrations,
				TrustedBaseUrl.of(URI.create("https://app.example:8443/shop"), List.of()));

		OAuth2AuthorizationRequest request = resolver.resolve(signIn("company", "evil.example", 80));

		assertThat(request).isNotNull();
		assertThat(request.getRedirectUri()).isEqualTo("https://app.example:8443/shop/login/oauth2/code/company");
	}

	@Test
	void aTrustedHostKeepsItsOwnAddress() {
		AuthJsAuthorizationRequestResolver resolver = new AuthJsAuthorizationRequestResolver(this.registrations,
				TrustedBaseUrl.of(null, List.of("app.example")));

		OAuth2AuthorizationRequest request = resolver.resolve(signIn("github", "app.example", 8080));

		assertThat(request).isNotNull();
		assertThat(request.getRedirectUri()).isEqualTo("http://app.example:8080/api/auth/callback/github");
	}

	@Test
	void anUntrustedHostWithoutAConfiguredAddressGetsNoAuthorizationRequest() {
		AuthJsAuthorizationRequestResolver resolver = new AuthJsAuthorizationRequestResolver(this.registrations,
				TrustedBaseUrl.of(null, List.of("app.example")));

		assertThatExceptionOfType(UntrustedHostException.class)
			.isThrownBy(() -> resolver.resolve(signIn("github", "evil.example", 80)));
	}

	private static MockHttpServletRequest signIn(String registrationId, String host, int port) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/auth/signin/" + registrationId);
		request.setServerName(host);
		request.setServerPort(port);
		return request;
	}

}
