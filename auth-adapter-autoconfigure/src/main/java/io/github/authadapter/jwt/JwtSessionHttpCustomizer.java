package io.github.authadapter.jwt;

import java.time.Clock;

import io.github.authadapter.session.SessionLifetime;
import io.github.authadapter.web.AuthAdapterHttpCustomizer;

import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Signs requests in by Auth.js's JWT session cookie: contributed to every chain that applies
 * {@link io.github.authadapter.web.AuthAdapterHttpConfigurer}, next to or instead of the database session cookie.
 */
public final class JwtSessionHttpCustomizer implements AuthAdapterHttpCustomizer {

	private final JwtSessionCookies cookies;

	private final JwtSessionAuthenticationProvider provider;

	private final SessionLifetime lifetime;

	private final Clock clock;

	public JwtSessionHttpCustomizer(JwtSessionCookies cookies, JwtSessionAuthenticationProvider provider,
			SessionLifetime lifetime, Clock clock) {
		this.cookies = cookies;
		this.provider = provider;
		this.lifetime = lifetime;
		this.clock = clock;
	}

	@Override
	public void customize(HttpSecurity http) {
		// A configurer of its own, so that the filter is added when the chain is configured and gets post-processed.
		http.with(new JwtSessionConfigurer(), Customizer.withDefaults());
	}

	private final class JwtSessionConfigurer extends AbstractHttpConfigurer<JwtSessionConfigurer, HttpSecurity> {

		@Override
		public void configure(HttpSecurity http) {
			JwtSessionHttpCustomizer outer = JwtSessionHttpCustomizer.this;
			JwtSessionAuthenticationFilter filter = new JwtSessionAuthenticationFilter(outer.cookies,
					new ProviderManager(outer.provider), outer.lifetime, outer.clock);
			filter.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
			// Before every sign-in filter, as the database session cookie's, so that a sign-in sees who is signed in.
			http.addFilterBefore(postProcess(filter), LogoutFilter.class);
		}

	}

}
