package io.github.authadapter.session;

import java.time.Clock;

import io.github.authadapter.web.AuthAdapterHttpCustomizer;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Signs requests in by the Auth.js session cookie: contributed to every chain that applies
 * {@link io.github.authadapter.web.AuthAdapterHttpConfigurer}, which knows nothing of how sessions are kept.
 */
public final class SessionCookieHttpCustomizer implements AuthAdapterHttpCustomizer {

	private final SessionTokenAuthenticationProvider provider;

	private final Clock clock;

	public SessionCookieHttpCustomizer(SessionTokenAuthenticationProvider provider, Clock clock) {
		this.provider = provider;
		this.clock = clock;
	}

	@Override
	public void customize(HttpSecurity http) {
		// A configurer of its own, so that the filter is added when the chain is configured and gets post-processed.
		http.with(new SessionCookieConfigurer(), Customizer.withDefaults());
	}

	private final class SessionCookieConfigurer extends AbstractHttpConfigurer<SessionCookieConfigurer, HttpSecurity> {

		@Override
		public void configure(HttpSecurity http) {
			SessionCookieAuthenticationFilter filter = new SessionCookieAuthenticationFilter(
					new ProviderManager(SessionCookieHttpCustomizer.this.provider), SessionCookieHttpCustomizer.this.clock);
			filter.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
			http.addFilterBefore(postProcess(filter), AnonymousAuthenticationFilter.class);
		}

	}

}
