package io.github.authadapter.jwt;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.authadapter.AdapterUser;
import io.github.authadapter.session.HttpSessionForbiddingFilter;
import io.github.authadapter.session.SessionTestApplication.RecordingMagicLinkSender;
import io.github.authadapter.session.SessionAuthentication;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application with the starter, Spring Security and the default security filter chain, whose page shows what the
 * session cookie signed in, for MockMvc tests of JWT sessions.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class JwtSessionTestApplication {

	@Bean
	HttpSessionForbiddingFilter httpSessionForbiddingFilter() {
		return new HttpSessionForbiddingFilter();
	}

	@Bean
	RecordingMagicLinkSender recordingMagicLinkSender() {
		return new RecordingMagicLinkSender();
	}

	/**
	 * A claim of the application's own in the tokens that sign-in issues, as a Next.js app's {@code jwt} callback adds
	 * one.
	 */
	@Bean
	JwtSessionClaimsCustomizer signInMethodClaim() {
		return (claims, signIn) -> claims.put("signedInWith", signIn.provider());
	}

	/**
	 * A page that needs a session and shows its user, as a controller of an application would take it.
	 */
	@RestController
	static class MeController {

		@GetMapping("/me")
		Map<String, @Nullable Object> me(@AuthenticationPrincipal AdapterUser user, SessionAuthentication session) {
			Map<String, @Nullable Object> me = new LinkedHashMap<>();
			me.put("kind", session.getClass().getSimpleName());
			me.put("id", user.id());
			me.put("name", user.name());
			me.put("email", user.email());
			me.put("image", user.image());
			me.put("attributes", user.attributes());
			me.put("expires", session.getExpires().toString());
			if (session instanceof JwtSessionAuthentication jwt) {
				me.put("role", jwt.getToken().claim("role"));
			}
			return me;
		}

	}

}
