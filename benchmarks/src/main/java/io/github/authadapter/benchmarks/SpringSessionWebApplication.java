package io.github.authadapter.benchmarks;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a Spring user would pick instead of the starter: Spring Security with its defaults, the security context in an
 * HTTP session kept by Spring Session JDBC in its own tables of the same database, and the same endpoint shape as
 * Auth.js's {@code GET /api/auth/session}. Its sessions are loaded by {@link WholeRequests} as Spring Session writes
 * them.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = SpringSessionWebApplication.MAX_INACTIVE_SECONDS)
public class SpringSessionWebApplication {

	/** Thirty days, the lifetime of the starter's sessions. */
	static final int MAX_INACTIVE_SECONDS = 30 * 24 * 60 * 60;

	static final Duration MAX_INACTIVE = Duration.ofSeconds(MAX_INACTIVE_SECONDS);

	/** The cookie of Spring Session, whose value is the Base64 of the session's id. */
	static final String COOKIE = "SESSION";

	static ConfigurableApplicationContext start(String jdbcUrl, BenchmarkSettings settings) {
		return new SpringApplicationBuilder(SpringSessionWebApplication.class)
			.properties(WholeRequests.webProperties(jdbcUrl, settings))
			.properties("spring.autoconfigure.exclude=" + AutoConfigurationsOf.excluding(AutoConfigurationsOf.STARTER))
			.run();
	}

	@Bean
	SecurityFilterChain springSessionFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
		return http.build();
	}

	/**
	 * The security context of a signed-in user, as Spring Security keeps it in the HTTP session.
	 */
	static SecurityContext signedIn(int user) {
		SessionUser principal = new SessionUser(Integer.toString(user), "User " + user, Dataset.email(user), null);
		return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority("ROLE_USER"))));
	}

	/**
	 * The user of a session, as the application would keep it in the security context.
	 */
	record SessionUser(String id, String name, String email, @Nullable String image) implements Serializable {

	}

	/**
	 * The session endpoint.
	 */
	@RestController
	static class SessionEndpoint {

		@GetMapping(path = "/api/auth/session", produces = MediaType.APPLICATION_JSON_VALUE)
		ResponseEntity<Object> session(HttpSession session) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !(authentication.getPrincipal() instanceof SessionUser principal)) {
				return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body("null");
			}
			Map<String, @Nullable Object> user = new LinkedHashMap<>();
			user.put("id", principal.id());
			user.put("name", principal.name());
			user.put("email", principal.email());
			user.put("image", principal.image());
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("user", user);
			body.put("expires", Instant.now().plusSeconds(session.getMaxInactiveInterval()).toString());
			return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
		}

	}

}
