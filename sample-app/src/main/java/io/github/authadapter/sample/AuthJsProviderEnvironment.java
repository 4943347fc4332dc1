package io.github.authadapter.sample;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Registers GitHub and Google as sign-in providers when Auth.js's environment variables for them are set:
 * {@code AUTH_GITHUB_ID} and {@code AUTH_GITHUB_SECRET}, {@code AUTH_GOOGLE_ID} and {@code AUTH_GOOGLE_SECRET}. A
 * provider without them is left out, and so is its button. The same OAuth apps work for a Next.js app on Auth.js,
 * because both use the redirect URI {@code <base URL>/api/auth/callback/<provider>}.
 */
class AuthJsProviderEnvironment implements EnvironmentPostProcessor {

	private static final String REGISTRATION = "spring.security.oauth2.client.registration.";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> properties = new LinkedHashMap<>();
		register(environment, "github", "AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET", properties);
		register(environment, "google", "AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET", properties);
		if (!properties.isEmpty()) {
			// Last, so that the application's own spring.security.oauth2.client properties win.
			environment.getPropertySources().addLast(new MapPropertySource("authJsProviders", properties));
		}
	}

	private static void register(ConfigurableEnvironment environment, String provider, String idVariable,
			String secretVariable, Map<String, Object> properties) {
		String id = environment.getProperty(idVariable);
		String secret = environment.getProperty(secretVariable);
		if (StringUtils.hasText(id) && StringUtils.hasText(secret)) {
			properties.put(REGISTRATION + provider + ".client-id", id);
			properties.put(REGISTRATION + provider + ".client-secret", secret);
		}
	}

}
