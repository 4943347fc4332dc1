package io.github.authadapter.sample;

import io.github.authadapter.session.SessionCookies;
import io.github.authadapter.web.AuthAdapterHttpConfigurer;
import io.github.authadapter.web.AuthRoutes;
import io.github.authadapter.web.SignInRedirectEntryPoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Which pages need a signed-in user. The Auth.js endpoints, the sign-in pages and the health status are open; the
 * account page and the metrics are not.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/login", "/check-email", "/outbox", "/css/**", "/favicon.ico", "/favicon.svg", "/error",
					AuthRoutes.ALL)
			.permitAll()
			// Load balancers ask for the status without signing in; the details and the metrics need a session.
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.anyRequest()
			.authenticated());
		http.with(AuthAdapterHttpConfigurer.authAdapter(), Customizer.withDefaults());
		http.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signInPage()));
		return http.build();
	}

	/**
	 * Spring Security's observations of sign-ins and of access decisions, but not of every filter of the chain: with
	 * Actuator, each of the chain's two dozen filters records two events a request, which took half of what a request
	 * of {@code /api/auth/session} allocated (docs/BENCHMARKS.md). Each request is still observed as a whole, as
	 * {@code http.server.requests}.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
	}

	/**
	 * The starter's redirect to the sign-in page, which says so when the browser came with a session cookie that no
	 * longer signs in: its session was revoked on another browser ("Sign out everywhere", a revoke on the account
	 * page), or it has ended.
	 */
	private static AuthenticationEntryPoint signInPage() {
		AuthenticationEntryPoint signIn = new SignInRedirectEntryPoint("/");
		AuthenticationEntryPoint signedOutElsewhere = new SignInRedirectEntryPoint("/?signedOutElsewhere=true");
		return (request, response, exception) -> (SessionCookies.read(request).isPresent() ? signedOutElsewhere
				: signIn).commence(request, response, exception);
	}

}
