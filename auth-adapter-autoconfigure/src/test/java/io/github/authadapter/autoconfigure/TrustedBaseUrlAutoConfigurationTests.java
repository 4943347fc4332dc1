package io.github.authadapter.autoconfigure;

import java.util.List;
import java.util.UUID;

import io.github.authadapter.session.SessionController;
import io.github.authadapter.web.ProvidersController;
import io.github.authadapter.web.TrustedBaseUrl;
import io.github.authadapter.web.UntrustedHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the trusted address of links and redirects, {@link TrustedBaseUrlConfiguration}, with sign-in by email.
 */
@ExtendWith(OutputCaptureExtension.class)
class TrustedBaseUrlAutoConfigurationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, AuthAdapterAutoConfiguration.class,
				SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
				UserDetailsServiceAutoConfiguration.class, AuthAdapterSecurityAutoConfiguration.class,
				AuthAdapterEmailAutoConfiguration.class))
		.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false",
				"auth.adapter.secret=test-secret-of-thirty-two-bytes-or-more", "auth.adapter.email.log-links=true")
		.withInitializer((context) -> TestPropertyValues
			.of("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"spring.datasource.generate-unique-name=false")
			.applyTo(context));

	@Test
	void failsToStartWithoutAnAddressOrTrustedHostsOutsideTheDevProfile() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context).getFailure().rootCause().isInstanceOf(InvalidBaseUrlException.class);
			FailureAnalysis analysis = new InvalidBaseUrlFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("auth.adapter.url", "AUTH_URL",
					"auth.adapter.trusted-hosts");
			assertThat(analysis.getAction()).contains("auth.adapter.url", "AUTH_ADAPTER_URL", "AUTH_URL",
					"auth.adapter.trusted-hosts", "'dev' profile");
		});
	}

	@Test
	void takesTheAddressOfEachRequestInTheDevProfileAndWarnsOnce(CapturedOutput output) {
		this.contextRunner.withInitializer((context) -> context.getEnvironment().setActiveProfiles("dev"))
			.run((context) -> {
				TrustedBaseUrl baseUrl = context.getBean(TrustedBaseUrl.class);
				assertThat(baseUrl.resolve(request("evil.example", 80))).isEqualTo("http://evil.example");
				assertThat(baseUrl.resolve(request("localhost", 8080))).isEqualTo("http://localhost:8080");
				assertThat(output.getAll()).containsOnlyOnce("links and redirects take the address of each request");
			});
	}

	@Test
	void usesTheConfiguredAddressWhateverTheHostOfTheRequest() {
		this.contextRunner.withPropertyValues("auth.adapter.url=https://app.example/")
			.run((context) -> assertThat(context.getBean(TrustedBaseUrl.class).resolve(request("evil.example", 80)))
				.isEqualTo("https://app.example"));
	}

	@Test
	void readsAuthJsAuthUrlWithoutItsBasePath() {
		this.contextRunner.withPropertyValues("AUTH_URL=https://app.example/shop/api/auth")
			.run((context) -> assertThat(context.getBean(TrustedBaseUrl.class).resolve(request("evil.example", 80)))
				.isEqualTo("https://app.example/shop"));
	}

	@Test
	void prefersAuthAdapterUrlToAuthUrl() {
		this.contextRunner.withPropertyValues("AUTH_URL=https://other.example", "auth.adapter.url=https://app.example")
			.run((context) -> assertThat(context.getBean(TrustedBaseUrl.class).resolve(request("evil.example", 80)))
				.isEqualTo("https://app.example"));
	}

	@Test
	void keepsTheAddressOfATrustedHostAndRefusesOthers() {
		this.contextRunner.withPropertyValues("auth.adapter.trusted-hosts=app.example,admin.example:8443")
			.run((context) -> {
				TrustedBaseUrl baseUrl = context.getBean(TrustedBaseUrl.class);
				assertThat(baseUrl.resolve(request("APP.example", 8080))).isEqualTo("http://APP.example:8080");
				assertThat(baseUrl.resolve(request("admin.example", 8443))).isEqualTo("http://admin.example:8443");
				assertThat(baseUrl.trusts(request("admin.example", 80))).isFalse();
				assertThat(baseUrl.trusts(request("evil.example", 80))).isFalse();
				assertThat(baseUrl.trusts(request("app.example.evil.example", 80))).isFalse();
				assertThatExceptionOfType(UntrustedHostException.class)
					.isThrownBy(() -> baseUrl.resolve(request("evil.example", 80)));
			});
	}

	@Test
	void refusesToStartWithAnAddressThatLinksCannotUse() {
		for (String url : new String[] { "app.example", "/app", "ftp://app.example", "https://app.example/?x=1",
				"https://app.example/#top", "https://user@app.example", "https://app.example:port" }) {
			this.contextRunner.withPropertyValues("auth.adapter.url=" + url).run((context) -> {
				assertThat(context).as(url).hasFailed();
				assertThat(context).getFailure().rootCause().isInstanceOf(InvalidBaseUrlException.class);
				assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("auth.adapter.url");
			});
		}
	}

	@Test
	void refusesToStartWithATrustedHostThatIsNotAHost() {
		for (String host : new String[] { "https://app.example", "app.example/path", "user@app.example" }) {
			this.contextRunner.withPropertyValues("auth.adapter.trusted-hosts=" + host).run((context) -> {
				assertThat(context).as(host).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InvalidBaseUrlException.class)
					.hasMessageContaining("auth.adapter.trusted-hosts");
			});
		}
	}

	@Test
	void listsTheEmailProviderWithoutOAuth() {
		this.contextRunner.withPropertyValues("auth.adapter.url=https://app.example")
			.run((context) -> assertThat(context).hasSingleBean(ProvidersController.class));
	}

	@Test
	void anApplicationThatOnlyReadsSessionsNeedsNoAddress() {
		this.contextRunner.withPropertyValues("auth.adapter.email.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(SessionController.class);
			assertThat(context).doesNotHaveBean(TrustedBaseUrl.class).doesNotHaveBean(ProvidersController.class);
		});
	}

	@Test
	void backsOffWhenTheApplicationDefinesItsOwnTrustedBaseUrl() {
		TrustedBaseUrl own = TrustedBaseUrl.of(null, List.of("own.example"));
		this.contextRunner.withBean(TrustedBaseUrl.class, () -> own)
			.run((context) -> assertThat(context).getBean(TrustedBaseUrl.class).isSameAs(own));
	}

	private static MockHttpServletRequest request(String host, int port) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/auth/signin/email");
		request.setServerName(host);
		request.setServerPort(port);
		return request;
	}

}
