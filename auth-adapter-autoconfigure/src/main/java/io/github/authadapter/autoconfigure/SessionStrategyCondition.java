package io.github.authadapter.autoconfigure;

import io.github.authadapter.autoconfigure.AuthAdapterSecurityProperties.SessionStrategy;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when a kind of session cookie signs requests in, by {@code auth.adapter.session.strategy} and
 * {@code auth.adapter.session.accept}.
 */
abstract class SessionStrategyCondition extends SpringBootCondition {

	private final SessionStrategy strategy;

	SessionStrategyCondition(SessionStrategy strategy) {
		this.strategy = strategy;
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		AuthAdapterSecurityProperties properties = Binder.get(context.getEnvironment())
			.bind("auth.adapter", AuthAdapterSecurityProperties.class)
			.orElseGet(AuthAdapterSecurityProperties::new);
		String kind = this.strategy.name().toLowerCase(java.util.Locale.ROOT);
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
			super(SessionStrategy.DATABASE);
		}

	}

	/**
	 * JWT session cookies sign requests in.
	 */
	static final class OnJwtSessions extends SessionStrategyCondition {

		OnJwtSessions() {
			super(SessionStrategy.JWT);
		}

	}

}
