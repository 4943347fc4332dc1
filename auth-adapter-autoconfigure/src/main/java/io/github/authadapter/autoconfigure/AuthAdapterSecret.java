package io.github.authadapter.autoconfigure;

import java.nio.charset.StandardCharsets;

import io.github.authadapter.crypto.AuthJsJweCodec;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Resolves {@code auth.adapter.secret} in one place for everything it keys: sign-in links, OAuth cookies and the
 * CSRF cookie. Without it, the dev profile gets a public secret and every other profile fails to start; so does a
 * secret shorter than {@value #MIN_BYTES} bytes, which the dev profile accepts with a warning.
 */
final class AuthAdapterSecret {

	/**
	 * The shortest secret accepted outside the dev profile, in UTF-8 bytes: as many as Auth.js's JWT sessions need.
	 */
	static final int MIN_BYTES = AuthJsJweCodec.MIN_SECRET_BYTES;

	private static final Log logger = LogFactory.getLog(AuthAdapterSecret.class);

	private AuthAdapterSecret() {
	}

	/**
	 * The configured secret, or the dev profile's.
	 * @param use what the secret protects, for the warning in the dev profile
	 * @throws MissingSecretException outside the dev profile when no secret is set
	 * @throws WeakSecretException outside the dev profile when the secret, or one of those it lists, is too short
	 */
	static String resolve(AuthAdapterSecurityProperties properties, Environment environment, String use) {
		String secret = properties.getSecret();
		boolean dev = environment.matchesProfiles(AuthAdapterEmailAutoConfiguration.DEV_PROFILE);
		if (StringUtils.hasText(secret)) {
			String weakness = weakness(secret);
			if (weakness != null && !dev) {
				throw new WeakSecretException(weakness);
			}
			if (weakness != null) {
				logger.warn(weakness + "; " + use + " accepts it in the 'dev' profile only");
			}
			return secret;
		}
		if (dev) {
			logger.warn("auth.adapter.secret is not set; " + use + " uses the public secret of the 'dev' profile");
			return AuthAdapterEmailAutoConfiguration.DEV_SECRET;
		}
		throw new MissingSecretException();
	}

	/**
	 * What is too short about the secret, or null: each of the secrets it lists, separated by commas, is counted.
	 */
	private static @Nullable String weakness(String secret) {
		String[] secrets = secret.split(",", -1);
		for (int i = 0; i < secrets.length; i++) {
			int length = secrets[i].getBytes(StandardCharsets.UTF_8).length;
			if (length < MIN_BYTES) {
				String which = (secrets.length > 1) ? " number " + (i + 1) : "";
				return "auth.adapter.secret" + which + " is " + length + " bytes long";
			}
		}
		return null;
	}

}
