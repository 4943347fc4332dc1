package io.github.authadapter.metrics;

import io.github.authadapter.web.SignInFailedEvent;
import io.github.authadapter.web.SignInSucceededEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;

/**
 * Counts sign-ins in {@value #SIGN_INS} and refused or failed sign-ins in {@value #FAILURES}, from the sign-in events
 * that the email and OAuth sign-in publish.
 */
public class SignInMetrics {

	/**
	 * The counter of sign-ins, tagged with {@code method} and {@code provider}.
	 */
	public static final String SIGN_INS = "auth.adapter.sign-ins";

	/**
	 * The counter of failed sign-ins, tagged with {@code method}, {@code provider} and {@code reason}.
	 */
	public static final String FAILURES = "auth.adapter.sign-in.failures";

	private final MeterRegistry registry;

	public SignInMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@EventListener
	public void signedIn(SignInSucceededEvent event) {
		Counter.builder(SIGN_INS)
			.description("Sign-ins that started a session")
			.tag("method", event.method().value())
			.tag("provider", event.provider())
			.register(this.registry)
			.increment();
	}

	@EventListener
	public void signInFailed(SignInFailedEvent event) {
		Counter.builder(FAILURES)
			.description("Sign-ins that were refused or failed")
			.tag("method", event.method().value())
			.tag("provider", event.provider())
			.tag("reason", event.reason())
			.register(this.registry)
			.increment();
	}

}
