package io.github.authadapter.autoconfigure;

import java.time.Duration;

import io.github.authadapter.email.EmailSignIn;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of sign-in by email.
 */
@ConfigurationProperties("auth.adapter.email")
public class AuthAdapterEmailProperties {

	/**
	 * The default subject of sign-in emails.
	 */
	public static final String DEFAULT_SUBJECT = "Your sign-in link";

	/**
	 * Whether to offer sign-in by email magic link.
	 */
	private boolean enabled = true;

	/**
	 * Time after which a sign-in link stops working, Auth.js's maxAge of the email provider.
	 */
	private Duration maxAge = EmailSignIn.DEFAULT_LINK_MAX_AGE;

	/**
	 * Sender address of sign-in emails. When not set, the mail server's default is used.
	 */
	private @Nullable String from;

	/**
	 * Subject of sign-in emails.
	 */
	private String subject = DEFAULT_SUBJECT;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Duration getMaxAge() {
		return this.maxAge;
	}

	public void setMaxAge(Duration maxAge) {
		this.maxAge = maxAge;
	}

	public @Nullable String getFrom() {
		return this.from;
	}

	public void setFrom(@Nullable String from) {
		this.from = from;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

}
