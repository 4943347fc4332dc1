package io.github.authadapter.sample;

import io.github.authadapter.session.SessionUserCustomizer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application that keeps its users and sessions in the Auth.js tables of the auth-adapter starter.
 */
@SpringBootApplication
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

}
