package io.github.authadapter.autoconfigure;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of passkeys (WebAuthn). To share passkeys with a Next.js app on Auth.js, the RP id and the
 * origins must be that app's.
 */
@ConfigurationProperties("auth.adapter.passkeys")
public class AuthAdapterPasskeyProperties {

	/**
	 * The default relying party name.
	 */
	public static final String DEFAULT_RP_NAME = "auth-adapter";

	/**
	 * Whether to enable registration of and sign-in with passkeys, on Spring Security's webAuthn().
	 */
	private boolean enabled;

	/**
	 * Relying party id: the domain that the passkeys belong to, such as example.com, without scheme or port.
	 */
	private @Nullable String rpId;

	/**
	 * Relying party name, shown by authenticators when a passkey is created.
	 */
	private String rpName = DEFAULT_RP_NAME;

	/**
	 * Origins of the pages that register and use passkeys, such as https://example.com.
	 */
	private Set<String> allowedOrigins = new LinkedHashSet<>();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getRpId() {
		return this.rpId;
	}

	public void setRpId(@Nullable String rpId) {
		this.rpId = rpId;
	}

	public String getRpName() {
		return this.rpName;
	}

	public void setRpName(String rpName) {
		this.rpName = rpName;
	}

	public Set<String> getAllowedOrigins() {
		return this.allowedOrigins;
	}

	public void setAllowedOrigins(Set<String> allowedOrigins) {
		this.allowedOrigins = allowedOrigins;
	}

	/**
	 * The RP id, which has no default: passkeys are bound to it, so a wrong guess would strand them.
	 */
	String requiredRpId() {
		if (this.rpId == null || this.rpId.isBlank()) {
			throw new IllegalStateException("auth.adapter.passkeys.rp-id must be set when passkeys are enabled: the"
					+ " domain of the site, such as example.com (the Next.js app's, to share passkeys with it)");
		}
		return this.rpId;
	}

	/**
	 * The allowed origins, of which there must be one at least.
	 */
	Set<String> requiredAllowedOrigins() {
		if (this.allowedOrigins.isEmpty()) {
			throw new IllegalStateException("auth.adapter.passkeys.allowed-origins must be set when passkeys are"
					+ " enabled: the origins of the pages, such as https://example.com");
		}
		return this.allowedOrigins;
	}

}
