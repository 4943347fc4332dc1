package io.github.authadapter.web;

import org.springframework.context.ApplicationContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Applies Auth.js sign-in to a {@code SecurityFilterChain}: the {@link AuthAdapterHttpCustomizer} beans add the
 * session cookie and the sign-in methods, nothing is kept in an HTTP session, CSRF tokens live in Auth.js's signed
 * cookie and travel as the form field {@code csrfToken}, state-changing requests from pages of other origins are refused, and a request that fails
 * because the database is unreachable is answered with a 503.
 * <pre>{@code
 * http.authorizeHttpRequests((requests) -> requests.requestMatchers(AuthRoutes.ALL).permitAll()
 *         .anyRequest().authenticated())
 *     .with(AuthAdapterHttpConfigurer.authAdapter(), Customizer.withDefaults());
 * }</pre>
 */
public final class AuthAdapterHttpConfigurer extends AbstractHttpConfigurer<AuthAdapterHttpConfigurer, HttpSecurity> {

	/**
	 * The form field, and JSON field, that carries the CSRF token, as in Auth.js.
	 */
	public static final String CSRF_PARAMETER = "csrfToken";

	private AuthAdapterHttpConfigurer() {
	}

	public static AuthAdapterHttpConfigurer authAdapter() {
		return new AuthAdapterHttpConfigurer();
	}

	/**
	 * Applies the {@link AuthAdapterHttpCustomizer} beans as soon as the configurer is applied, so that what the
	 * application configures on the chain afterwards, such as {@code http.oneTimeTokenLogin(...)} or
	 * {@code http.oauth2Login(...)}, changes the settings of the sign-in methods rather than being overwritten by them.
	 */
	@Override
	public void setBuilder(HttpSecurity http) {
		super.setBuilder(http);
		PageLocations pages = pages(http);
		// Before the sign-in methods' own entry points, which they register when they initialise.
		http.exceptionHandling((exceptions) -> exceptions
			.defaultAuthenticationEntryPointFor(new SignInRedirectEntryPoint(pages.signIn()), AnyRequestMatcher.INSTANCE));
		for (AuthAdapterHttpCustomizer customizer : context(http).getBeanProvider(AuthAdapterHttpCustomizer.class)
			.orderedStream()
			.toList()) {
			customizer.customize(http);
		}
	}

	@Override
	public void init(HttpSecurity http) {
		RequestAttributeSecurityContextRepository contextRepository = new RequestAttributeSecurityContextRepository();
		http.securityContext((context) -> context.securityContextRepository(contextRepository));
		// The session management configurer may have initialised first and chosen the HTTP session repository.
		http.setSharedObject(SecurityContextRepository.class, contextRepository);
		http.requestCache((cache) -> cache.requestCache(new NullRequestCache()));
		// A cookie rather than the HTTP session keeps the token, as Auth.js does, so that no session is created.
		// Spring's default handler masks the token against BREACH, but Auth.js's client sends the raw token of
		// /api/auth/csrf, and so does a Next.js app sharing the cookie: the token is taken as it is.
		http.csrf((csrf) -> csrf.csrfTokenRepository(context(http).getBean(AuthJsCsrfTokenRepository.class))
			.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
			.ignoringRequestMatchers(CrossSitePosts::allowed));
		// The starter's URLs carry tokens, such as the confirm page's link token: no other site may see them.
		http.headers((headers) -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
				PathPatternRequestMatcher.withDefaults().matcher(AuthRoutes.ALL),
				new ReferrerPolicyHeaderWriter(ReferrerPolicy.NO_REFERRER))));
	}

	@Override
	public void configure(HttpSecurity http) {
		if (http.getConfigurer(CsrfConfigurer.class) != null) {
			SameOriginPolicy origins = context(http).getBeanProvider(SameOriginPolicy.class)
				.getIfAvailable(() -> SameOriginPolicy.of((String) null));
			http.addFilterBefore(postProcess(new CrossSiteRequestFilter(origins)), CsrfFilter.class);
		}
		// First in the chain, so that it also catches what the session cookie and the sign-in handlers throw.
		http.addFilterBefore(postProcess(new DatabaseUnavailableFilter()), DisableEncodeUrlFilter.class);
	}

	private static PageLocations pages(HttpSecurity http) {
		return context(http).getBeanProvider(PageLocations.class).getIfAvailable(PageLocations::defaults);
	}

	private static ApplicationContext context(HttpSecurity http) {
		ApplicationContext context = http.getSharedObject(ApplicationContext.class);
		if (context == null) {
			throw new IllegalStateException("AuthAdapterHttpConfigurer needs the HttpSecurity of a Spring application");
		}
		return context;
	}

}
