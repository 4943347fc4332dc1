package io.github.authadapter.sample;

import java.security.Principal;

import io.github.authadapter.session.SessionAuthentication;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page whether the app runs in the dev profile, where the outbox replaces email, and whether someone is
 * signed in.
 */
@ControllerAdvice
class CommonPageModel {

	private final boolean dev;

	CommonPageModel(Environment environment) {
		this.dev = environment.matchesProfiles("dev");
	}

	@ModelAttribute("dev")
	boolean dev() {
		return this.dev;
	}

	@ModelAttribute("signedIn")
	boolean signedIn(@Nullable Principal principal) {
		return principal instanceof SessionAuthentication;
	}

}
