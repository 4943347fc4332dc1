package io.github.authadapter.autoconfigure;

import java.util.List;
import java.util.UUID;

import io.github.authadapter.passkey.AdapterUserCredentialRepository;
import io.github.authadapter.passkey.AdapterUserEntityRepository;
import io.github.authadapter.passkey.AuthJsRelyingPartyOperations;
import io.github.authadapter.passkey.PasskeyHttpCustomizer;
import io.github.authadapter.passkey.PasskeySignInSuccessHandler;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.MapUserCredentialRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.registration.WebAuthnRegistrationFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AuthAdapterPasskeyAutoConfiguration}.
 */
class AuthAdapterPasskeyAutoConfigurationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, AuthAdapterAutoConfiguration.class,
				SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
				UserDetailsServiceAutoConfiguration.class, AuthAdapterSecurityAutoConfiguration.class,
				AuthAdapterEmailAutoConfiguration.class, AuthAdapterPasskeyAutoConfiguration.class))
		.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false",
				"auth.adapter.secret=test-secret-of-thirty-two-bytes-or-more", "auth.adapter.email.log-links=true",
				"auth.adapter.url=https://app.example")
		.withInitializer((context) -> TestPropertyValues
			.of("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"spring.datasource.generate-unique-name=false")
			.applyTo(context));

	private final String[] passkeys = { "auth.adapter.passkeys.enabled=true", "auth.adapter.passkeys.rp-id=app.example",
			"auth.adapter.passkeys.allowed-origins=https://app.example" };

	@Test
	void providesPasskeysOnTheStartersChainWhenEnabled() {
		this.contextRunner.withPropertyValues(this.passkeys).run((context) -> {
			assertThat(context).hasSingleBean(AdapterUserCredentialRepository.class);
			assertThat(context).hasSingleBean(AdapterUserEntityRepository.class);
			assertThat(context).getBean(WebAuthnRelyingPartyOperations.class)
				.isInstanceOf(AuthJsRelyingPartyOperations.class);
			assertThat(context).hasSingleBean(PasskeySignInSuccessHandler.class);
			assertThat(context).hasSingleBean(PasskeyHttpCustomizer.class);
			assertThat(filters(context.getBean(SecurityFilterChain.class)))
				.hasAtLeastOneElementOfType(WebAuthnAuthenticationFilter.class)
				.hasAtLeastOneElementOfType(WebAuthnRegistrationFilter.class);
		});
	}

	@Test
	void backsOffUnlessEnabled() {
		this.contextRunner.run((context) -> {
			assertThat(context).doesNotHaveBean(PasskeyHttpCustomizer.class);
			assertThat(context).doesNotHaveBean(UserCredentialRepository.class);
			assertThat(filters(context.getBean(SecurityFilterChain.class)))
				.doesNotHaveAnyElementsOfTypes(WebAuthnAuthenticationFilter.class);
		});
	}

	@Test
	void backsOffWithoutSpringSecurityWebAuthn() {
		this.contextRunner.withPropertyValues(this.passkeys)
			.withClassLoader(new FilteredClassLoader("org.springframework.security.web.webauthn"))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(PasskeyHttpCustomizer.class));
	}

	@Test
	void refusesToStartWithoutTheRelyingPartyId() {
		this.contextRunner.withPropertyValues("auth.adapter.passkeys.enabled=true").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("auth.adapter.passkeys.rp-id must be set");
		});
	}

	@Test
	void backsOffWhenTheApplicationDefinesTheCredentialRepository() {
		this.contextRunner.withPropertyValues(this.passkeys)
			.withUserConfiguration(OwnCredentials.class)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(AdapterUserCredentialRepository.class);
				assertThat(context).getBean(UserCredentialRepository.class).isInstanceOf(MapUserCredentialRepository.class);
			});
	}

	private static List<?> filters(SecurityFilterChain chain) {
		return chain.getFilters();
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnCredentials {

		@Bean
		UserCredentialRepository ownCredentials() {
			return new MapUserCredentialRepository();
		}

	}

}
