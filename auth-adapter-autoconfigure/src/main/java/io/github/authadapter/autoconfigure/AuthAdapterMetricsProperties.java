package io.github.authadapter.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of the adapter's Micrometer metrics.
 */
@ConfigurationProperties("auth.adapter.metrics")
public class AuthAdapterMetricsProperties {

	/**
	 * Whether to time the Adapter's calls and count sign-ins when a Micrometer MeterRegistry is available.
	 */
	private boolean enabled = true;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
