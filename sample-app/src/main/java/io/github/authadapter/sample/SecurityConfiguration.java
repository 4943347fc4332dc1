package io.github.authadapter.sample;

import io.github.authadapter.web.AuthAdapterHttpConfigurer;
import io.github.authadapter.web.AuthRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
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
			.requestMatchers("/", "/check-email", "/outbox", "/css/**", "/favicon.ico", "/error", AuthRoutes.ALL)
			.permitAll()
			// Load balancers ask for the status without signing in; the details and the metrics need a session.
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.anyRequest()
			.authenticated());
		http.with(AuthAdapterHttpConfigurer.authAdapter(), Customizer.withDefaults());
		return http.build();
	}

}
