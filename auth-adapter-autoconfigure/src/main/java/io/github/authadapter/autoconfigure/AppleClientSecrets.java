package io.github.authadapter.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.authadapter.oauth.AppleClientSecret;
import io.github.authadapter.oauth.AuthJsProviders;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.util.StringUtils;

/**
 * The {@link AppleClientSecret}s of the {@code auth.adapter.oauth.registration.<id>.client-secret.*} properties,
 * checked at startup: each names a registration of Apple's provider without a client secret of its own, and every
 * Apple registration has a secret one way or the other.
 */
final class AppleClientSecrets {

	private AppleClientSecrets() {
	}

	static Map<String, AppleClientSecret> of(AuthAdapterOAuthProperties properties,
			Map<String, ClientRegistration> registrations, Clock clock) {
		Map<String, AppleClientSecret> secrets = new LinkedHashMap<>();
		properties.getRegistration().forEach((id, registrationProperties) -> {
			AuthAdapterOAuthProperties.ClientSecret key = registrationProperties.getClientSecret();
			if (key.isSet()) {
				secrets.put(id, secret(id, key, registrations.get(id), clock));
			}
		});
		registrations.forEach((id, registration) -> {
			if (AuthJsProviders.isApple(registration) && !secrets.containsKey(id)
					&& !StringUtils.hasText(registration.getClientSecret())) {
				throw new InvalidAppleClientSecretException(prefix(id) + ".team-id",
						"the registration '" + id + "' of Apple has no client secret; Apple's is a JWT that the "
								+ "starter signs with your Sign in with Apple key, from these properties");
			}
		});
		return secrets;
	}

	private static AppleClientSecret secret(String id, AuthAdapterOAuthProperties.ClientSecret key,
			ClientRegistration registration, Clock clock) {
		String prefix = prefix(id);
		if (registration == null) {
			throw new InvalidAppleClientSecretException(prefix,
					"there is no registration '" + id + "' in spring.security.oauth2.client.registration");
		}
		if (!AuthJsProviders.isApple(registration)) {
			throw new InvalidAppleClientSecretException(prefix,
					"the registration '" + id + "' is not of Apple's provider (set its provider to apple)");
		}
		if (StringUtils.hasText(registration.getClientSecret())) {
			throw new InvalidAppleClientSecretException(prefix, "spring.security.oauth2.client.registration." + id
					+ ".client-secret is set too; remove it, as the starter makes Apple's secret from the key");
		}
		if (!StringUtils.hasText(key.getTeamId())) {
			throw new InvalidAppleClientSecretException(prefix + ".team-id", "the team id is missing");
		}
		if (!StringUtils.hasText(key.getKeyId())) {
			throw new InvalidAppleClientSecretException(prefix + ".key-id", "the key id is missing");
		}
		try {
			AppleClientSecret.checkLifetime(key.getLifetime());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidAppleClientSecretException(prefix + ".lifetime", ex.getMessage());
		}
		return new AppleClientSecret(key.getTeamId(), key.getKeyId(), registration.getClientId(),
				privateKey(prefix, key), key.getLifetime(), clock);
	}

	private static ECPrivateKey privateKey(String prefix, AuthAdapterOAuthProperties.ClientSecret key) {
		if (key.getPrivateKey() != null && key.getPrivateKeyLocation() != null) {
			throw new InvalidAppleClientSecretException(prefix + ".private-key",
					"both private-key and private-key-location are set; set one");
		}
		String property;
		String pem;
		if (key.getPrivateKeyLocation() != null) {
			property = prefix + ".private-key-location";
			try (InputStream in = key.getPrivateKeyLocation().getInputStream()) {
				pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
			}
			catch (IOException ex) {
				throw new InvalidAppleClientSecretException(property,
						"the file cannot be read (" + ex.getClass().getSimpleName() + ")");
			}
		}
		else if (StringUtils.hasText(key.getPrivateKey())) {
			property = prefix + ".private-key";
			pem = key.getPrivateKey();
		}
		else {
			throw new InvalidAppleClientSecretException(prefix + ".private-key",
					"the private key is missing (or set private-key-location)");
		}
		try {
			return AppleClientSecret.privateKey(pem);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidAppleClientSecretException(property, ex.getMessage());
		}
	}

	private static String prefix(String id) {
		return "auth.adapter.oauth.registration." + id + ".client-secret";
	}

}
