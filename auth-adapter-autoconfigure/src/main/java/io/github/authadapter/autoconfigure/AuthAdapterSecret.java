package io.github.authadapter.autoconfigure;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Resolves {@code auth.adapter.secret} in one place for everything it keys: sign-in links, OAuth cookies and the
 * CSRF cookie. Without it, the dev profile gets a public secret and every other profile fails to start.
 */
final class AuthAdapterSecret {

	private static final Log logger = LogFactory.getLog(AuthAdapterSecret.class);

	private AuthAdapterSecret() {
	}

	/**
	 * The configured secret, or the dev profile's.
	 * @param use what the secret protects, for the warning in the dev profile
	 * @throws MissingSecretException outside the dev profile when no secret is set
	 */
	static String resolve(AuthAdapterSecurityProperties properties, Environment environment, String use) {
		if (StringUtils.hasText(properties.getSecret())) {
			return properties.getSecret();
		}
		if (environment.matchesProfiles(AuthAdapterEmailAutoConfiguration.DEV_PROFILE)) {
			logger.warn("auth.adapter.secret is not set; " + use + " uses the public secret of the 'dev' profile");
			return AuthAdapterEmailAutoConfiguration.DEV_SECRET;
		}
		throw new MissingSecretException();
	}

}
