package io.github.authadapter.sample;

import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page whether the app runs in the dev profile, where the outbox replaces email.
 */
@ControllerAdvice
class DevProfileModel {

	private final boolean dev;

	DevProfileModel(Environment environment) {
		this.dev = environment.matchesProfiles("dev");
	}

	@ModelAttribute("dev")
	boolean dev() {
		return this.dev;
	}

}
