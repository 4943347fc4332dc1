package io.github.authadapter.autoconfigure;

import java.util.UUID;

import io.github.authadapter.jwt.JwtSessionAuthenticationProvider;
import io.github.authadapter.jwt.JwtSessionCookies;
import io.github.authadapter.jwt.JwtSessionHttpCustomizer;
import io.github.authadapter.jwt.JwtSignInSessions;
import io.github.authadapter.session.DatabaseSignInSessions;
import io.github.authadapter.session.SessionCookieHttpCustomizer;
import io.github.authadapter.session.SessionTokenAuthenticationProvider;
import io.github.authadapter.web.SignInSessions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.util.TestPropertyValues;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the session strategies of {@link AuthAdapterSecurityAutoConfiguration}: which session cookies sign requests
 * in, and what JWT sessions need at startup.
 */
class JwtSessionAutoConfigurationTests {

	private static final String SECRET = "auth.adapter.secret=a secret of thirty-two bytes or more";

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, AuthAdapterAutoConfiguration.class,
				SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
				UserDetailsServiceAutoConfiguration.class, AuthAdapterSecurityAutoConfiguration.class))
		.withPropertyValues(SECRET, "auth.adapter.url=https://app.example", "spring.jpa.open-in-view=false")
		.withInitializer((context) -> TestPropertyValues
			.of("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"spring.datasource.generate-unique-name=false")
			.applyTo(context));

	@Test
	void acceptsDatabaseSessionsAloneByDefault() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(SessionCookieHttpCustomizer.class);
			assertThat(context).hasSingleBean(SessionTokenAuthenticationProvider.class);
			assertThat(context).doesNotHaveBean(JwtSessionHttpCustomizer.class);
			assertThat(context).doesNotHaveBean(JwtSessionCookies.class);
			assertThat(context.getBean(SignInSessions.class)).isInstanceOf(DatabaseSignInSessions.class);
		});
	}

	@Test
	void acceptsJwtSessionsAloneWithTheJwtStrategy() {
		this.contextRunner.withPropertyValues("auth.adapter.session.strategy=jwt").run((context) -> {
			assertThat(context).hasSingleBean(JwtSessionHttpCustomizer.class);
			assertThat(context).hasSingleBean(JwtSessionAuthenticationProvider.class);
			assertThat(context).doesNotHaveBean(SessionCookieHttpCustomizer.class);
			assertThat(context).doesNotHaveBean(SessionTokenAuthenticationProvider.class);
			assertThat(context.getBean(SignInSessions.class)).isInstanceOf(JwtSignInSessions.class);
		});
	}

	@Test
	void acceptsBothKindsForAMigrationEitherWay() {
		this.contextRunner.withPropertyValues("auth.adapter.session.strategy=JWT", "auth.adapter.session.accept=database")
			.run((context) -> assertThat(context).hasSingleBean(JwtSessionHttpCustomizer.class)
				.hasSingleBean(SessionCookieHttpCustomizer.class)
				.getBean(SignInSessions.class)
				.isInstanceOf(JwtSignInSessions.class));
		this.contextRunner.withPropertyValues("auth.adapter.session.accept=database,jwt")
			.run((context) -> assertThat(context).hasSingleBean(JwtSessionHttpCustomizer.class)
				.hasSingleBean(SessionCookieHttpCustomizer.class)
				.getBean(SignInSessions.class)
				.isInstanceOf(DatabaseSignInSessions.class));
	}

	@Test
	void refusesAJwtSecretShorterThan32BytesWithWhatToDo() {
		// In the dev profile, which accepts a short secret for everything but JWT sessions.
		this.contextRunner.withPropertyValues("auth.adapter.session.strategy=jwt", "auth.adapter.secret=too-short")
			.withInitializer((context) -> context.getEnvironment().setActiveProfiles("dev"))
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context).getFailure().rootCause().isInstanceOf(IllegalArgumentException.class);
				FailureAnalysis analysis = new InvalidJwtSecretFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("auth.adapter.secret is 9 bytes long")
					.contains("at least 32");
				assertThat(analysis.getAction()).contains("npx auth secret").contains("separated by commas");
			});
	}

	@Test
	void refusesAShortSecretAmongRotatedOnesNamingIt() {
		this.contextRunner
			.withPropertyValues("auth.adapter.session.accept=jwt",
					"auth.adapter.secret=a secret of thirty-two bytes or more,old")
			.withInitializer((context) -> context.getEnvironment().setActiveProfiles("dev"))
			.run((context) -> assertThat(new InvalidJwtSecretFailureAnalyzer().analyze(context.getStartupFailure())
				.getDescription()).contains("auth.adapter.secret number 2 is 3 bytes long"));
	}

	@Test
	void startsWithUsersLoadedThroughTheAdapter() {
		this.contextRunner.withPropertyValues("auth.adapter.session.strategy=jwt",
				"auth.adapter.session.jwt.load-user=true")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(JwtSessionAuthenticationProvider.class));
	}

	@Test
	void stopsWithWhatToAddWhenJwtSessionsLackNimbus() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("com.nimbusds.jose"))
			.withPropertyValues("auth.adapter.session.strategy=jwt")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("need Nimbus JOSE+JWT")
				.hasMessageContaining("spring-security-oauth2-jose"));
		this.contextRunner.withClassLoader(new FilteredClassLoader("com.nimbusds.jose"))
			.run((context) -> assertThat(context).hasNotFailed());
	}

}
