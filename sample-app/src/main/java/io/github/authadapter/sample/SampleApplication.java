package io.github.authadapter.sample;

import io.github.authadapter.jwt.JwtSessionClaimsCustomizer;
import io.github.authadapter.session.SessionUserCustomizer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application that keeps its users and sessions in the Auth.js tables of the auth-adapter starter.
 */
// Spring Authorization Server is on the classpath for Inkwell ID (dev), which runs as an application of its own.
@SpringBootApplication(exclude = { OAuth2AuthorizationServerAutoConfiguration.class,
		OAuth2AuthorizationServerJwtAutoConfiguration.class })
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

	/**
	 * Returns the user's role from {@code GET /api/auth/session}, as {@code user.role}.
	 */
	@Bean
	SessionUserCustomizer sessionUserRole() {
		return (sessionUser, user) -> sessionUser.put("role", user.attribute("role"));
	}

	/**
	 * Puts the user's role into the token of a JWT session ({@code auth.adapter.session.strategy=jwt}), as the
	 * {@code jwt} callback of a Next.js app would, so that the pages and the session endpoint find it there.
	 */
	@Bean
	JwtSessionClaimsCustomizer jwtSessionRole() {
		return (claims, signIn) -> claims.put("role", signIn.user().attribute("role"));
	}

}
