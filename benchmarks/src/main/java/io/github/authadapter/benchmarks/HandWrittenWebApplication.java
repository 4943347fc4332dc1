package io.github.authadapter.benchmarks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The floor of a whole request: {@code GET /api/auth/session} written by hand in a Spring Boot web application
 * without Spring Security or the starter. It reads the cookie itself, runs the starter's session join with a
 * {@link JdbcTemplate}, and answers the body of Auth.js's endpoint through Spring MVC, as a developer who needs
 * nothing else would write it.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class HandWrittenWebApplication {

	static ConfigurableApplicationContext start(String jdbcUrl, BenchmarkSettings settings) {
		return new SpringApplicationBuilder(HandWrittenWebApplication.class)
			.properties(WholeRequests.webProperties(jdbcUrl, settings))
			.properties("spring.autoconfigure.exclude="
					+ AutoConfigurationsOf.excluding(AutoConfigurationsOf.STARTER, AutoConfigurationsOf.SPRING_SECURITY))
			.run();
	}

	/**
	 * The session endpoint.
	 */
	@RestController
	static class SessionEndpoint {

		private static final String JOIN = """
				SELECT s.expires, u.id, u.name, u.email, u.image FROM sessions s JOIN users u ON u.id = s."userId"
				WHERE s."sessionToken" = ?""";

		private final JdbcTemplate jdbc;

		SessionEndpoint(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@GetMapping(path = "/api/auth/session", produces = MediaType.APPLICATION_JSON_VALUE)
		ResponseEntity<Object> session(HttpServletRequest request) {
			String token = cookie(request, "authjs.session-token");
			List<Map<String, Object>> body = (token == null) ? List.of() : this.jdbc.query(JOIN, (row, n) -> {
				Instant expires = row.getTimestamp(1).toInstant();
				if (!expires.isAfter(Instant.now())) {
					return null;
				}
				Map<String, @Nullable Object> user = new LinkedHashMap<>();
				user.put("id", row.getString(2));
				user.put("name", row.getString(3));
				user.put("email", row.getString(4));
				user.put("image", row.getString(5));
				Map<String, Object> session = new LinkedHashMap<>();
				session.put("user", user);
				session.put("expires", expires.toString());
				return session;
			}, token);
			Object answer = (body.isEmpty() || body.get(0) == null) ? "null" : body.get(0);
			return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
		}

		private static @Nullable String cookie(HttpServletRequest request, String name) {
			Cookie[] cookies = request.getCookies();
			if (cookies != null) {
				for (Cookie cookie : cookies) {
					if (cookie.getName().equals(name)) {
						return cookie.getValue();
					}
				}
			}
			return null;
		}

	}

}
