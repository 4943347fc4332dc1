package io.github.authadapter.benchmarks;

import io.github.authadapter.AdapterUser;
import io.github.authadapter.SessionAndUser;
import io.github.authadapter.web.AuthAdapterHttpConfigurer;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import javax.sql.DataSource;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web application whose signed-in requests are measured: the starter's filter chain with database sessions, and
 * JWT session cookies accepted too, in front of a page that answers the user's email address. Next to it, on the same
 * server, the floor: a page outside Spring Security that looks the database session up itself in raw JDBC.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class BenchmarkWebApplication {

	/**
	 * The secret of the JWT session cookies.
	 */
	static final String SECRET = "the AUTH_SECRET of the benchmark: 32 bytes or more";

	/**
	 * The page signed in by the starter's filter chain.
	 */
	static final String PAGE = "/bench/me";

	/**
	 * The page that looks its session up in raw JDBC.
	 */
	static final String JDBC_PAGE = "/bench/jdbc-me";

	/**
	 * Starts the application on a random port, on the given database with a Hikari pool of the given size.
	 */
	static ConfigurableApplicationContext start(String jdbcUrl, BenchmarkSettings settings) {
		return new SpringApplicationBuilder(BenchmarkWebApplication.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN",
					// The floor's page is left out of Spring Security on purpose.
					"logging.level.org.springframework.security.config.annotation.web.builders.WebSecurity=ERROR",
					"spring.flyway.enabled=false", "spring.jpa.open-in-view=false", "spring.datasource.url=" + jdbcUrl,
					"spring.datasource.username=" + settings.username(),
					"spring.datasource.password=" + settings.password(),
					"spring.datasource.hikari.maximum-pool-size=" + settings.poolSize(),
					"auth.adapter.secret=" + SECRET, "auth.adapter.url=http://127.0.0.1",
					"auth.adapter.email.enabled=false", "auth.adapter.cleanup.cron=-",
					"auth.adapter.session.accept=jwt")
			.run();
	}

	@Bean
	SecurityFilterChain benchmarkSecurityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
		http.with(AuthAdapterHttpConfigurer.authAdapter(), Customizer.withDefaults());
		return http.build();
	}

	@Bean
	WebSecurityCustomizer rawJdbcPageOutsideSpringSecurity() {
		return (web) -> web.ignoring().requestMatchers(JDBC_PAGE);
	}

	@Bean
	JdbcCalls benchmarkJdbcCalls(DataSource dataSource) {
		return new JdbcCalls(dataSource);
	}

	/**
	 * The two pages.
	 */
	@RestController
	static class Pages {

		private final JdbcCalls jdbc;

		Pages(JdbcCalls jdbc) {
			this.jdbc = jdbc;
		}

		@GetMapping(PAGE)
		String me(@AuthenticationPrincipal AdapterUser user) {
			return String.valueOf(user.email());
		}

		@GetMapping(JDBC_PAGE)
		ResponseEntity<String> jdbcMe(HttpServletRequest request) {
			Cookie[] cookies = request.getCookies();
			if (cookies != null) {
				for (Cookie cookie : cookies) {
					if (cookie.getName().equals("authjs.session-token")) {
						return this.jdbc.getSessionAndUser(cookie.getValue())
							.map(SessionAndUser::user)
							.map((user) -> ResponseEntity.ok(String.valueOf(user.email())))
							.orElseGet(() -> ResponseEntity.status(401).build());
					}
				}
			}
			return ResponseEntity.status(401).build();
		}

	}

}
