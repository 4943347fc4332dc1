package io.github.authadapter.sample;

import java.security.Principal;

import io.github.authadapter.session.SessionAuthentication;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page whether the app runs in the dev profile, where the outbox replaces email, and whether someone is
 * signed in: the app's own pages and the error page. Not the starter's controllers, such as the JSON of
 * {@code /api/auth/session}: Spring MVC runs an advice's model methods, and looks their annotations up again, on
 * every request of every controller it advises.
 */
@ControllerAdvice(basePackageClasses = CommonPageModel.class, assignableTypes = ErrorController.class)
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
