package io.github.authadapter.autoconfigure;

import io.github.authadapter.autoconfigure.AuthAdapterSecurityProperties.SessionStrategy;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when a kind of session cookie signs requests in, by {@code auth.adapter.session.strategy} and
 * {@code auth.adapter.session.accept}, or when sign-in starts that kind, by the strategy alone.
 */
abstract class SessionStrategyCondition extends SpringBootCondition {

	private final SessionStrategy strategy;

	private final boolean started;

	/**
	 * A condition on a kind of session.
	 * @param strategy the kind
	 * @param started whether sign-in must start that kind ({@code strategy}), rather than it signing requests in
	 * ({@code strategy} or {@code accept})
	 */
	SessionStrategyCondition(SessionStrategy strategy, boolean started) {
		this.strategy = strategy;
		this.started = started;
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		AuthAdapterSecurityProperties properties = Binder.get(context.getEnvironment())
			.bind("auth.adapter", AuthAdapterSecurityProperties.class)
			.orElseGet(AuthAdapterSecurityProperties::new);
		String kind = this.strategy.name().toLowerCase(java.util.Locale.ROOT);
		if (this.started) {
			return (properties.getSession().getStrategy() == this.strategy)
					? ConditionOutcome.match("sign-in starts " + kind + " sessions")
					: ConditionOutcome.noMatch("auth.adapter.session.strategy is not " + kind);
		}
		return properties.getSession().accepted().contains(this.strategy)
				? ConditionOutcome.match(kind + " session cookies are accepted")
				: ConditionOutcome.noMatch(kind + " session cookies are not accepted (auth.adapter.session.strategy "
						+ "and auth.adapter.session.accept)");
	}

	/**
	 * Database session cookies sign requests in.
	 */
	static final class OnDatabaseSessions extends SessionStrategyCondition {

		OnDatabaseSessions() {
			super(SessionStrategy.DATABASE, false);
		}

	}

	/**
	 * Sign-in starts database sessions.
	 */
	static final class OnDatabaseStrategy extends SessionStrategyCondition {

		OnDatabaseStrategy() {
			super(SessionStrategy.DATABASE, true);
		}

	}

	/**
	 * Sign-in starts JWT sessions.
	 */
	static final class OnJwtStrategy extends SessionStrategyCondition {

		OnJwtStrategy() {
			super(SessionStrategy.JWT, true);
		}

	}

	/**
	 * JWT session cookies sign requests in.
	 */
	static final class OnJwtSessions extends SessionStrategyCondition {

		OnJwtSessions() {
			super(SessionStrategy.JWT, false);
		}

	}

}
