package io.github.authadapter.session;

import io.github.authadapter.web.AuthAdapterHttpCustomizer;

import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Signs requests in by the Auth.js session cookie: contributed to every chain that applies
 * {@link io.github.authadapter.web.AuthAdapterHttpConfigurer}, which knows nothing of how sessions are kept.
 */
public final class SessionCookieHttpCustomizer implements AuthAdapterHttpCustomizer {

	private final SessionTokenAuthenticationProvider provider;

	private final DatabaseSignInSessions sessions;

	public SessionCookieHttpCustomizer(SessionTokenAuthenticationProvider provider, DatabaseSignInSessions sessions) {
		this.provider = provider;
		this.sessions = sessions;
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
					new ProviderManager(SessionCookieHttpCustomizer.this.provider),
					SessionCookieHttpCustomizer.this.sessions);
			filter.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
			// Before every sign-in filter, so that a sign-in sees who is signed in already, through the security
			// context (as Spring Security's multi-factor sign-ins expect) or SignInSessions.SIGNED_IN_ATTRIBUTE.
			http.addFilterBefore(postProcess(filter), LogoutFilter.class);
		}

	}

}
