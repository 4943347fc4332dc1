package io.github.authadapter.oauth;

import io.github.authadapter.web.AuthAdapterHttpCustomizer;
import io.github.authadapter.web.PageLocations;
import io.github.authadapter.web.ReturnRedirect;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Adds Spring Security's OAuth 2 login to a filter chain with Auth.js's routes and rules: sign-in starts at
 * {@code POST /api/auth/signin/{provider}}, the provider returns to {@code /api/auth/callback/{provider}}, the
 * pending request waits in an encrypted cookie, and success ends in a database session.
 */
public class OAuthLoginHttpCustomizer implements AuthAdapterHttpCustomizer {

	private final ClientRegistrationRepository registrations;

	private final OAuth2AuthorizationRequestResolver authorizationRequestResolver;

	private final AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests;

	private final OAuth2AuthorizedClientRepository authorizedClients;

	private final OAuth2UserService<OAuth2UserRequest, OAuth2User> userService;

	private final AuthenticationSuccessHandler successHandler;

	private final AuthenticationFailureHandler failureHandler;

	private final PageLocations pages;

	public OAuthLoginHttpCustomizer(ClientRegistrationRepository registrations,
			OAuth2AuthorizationRequestResolver authorizationRequestResolver,
			AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests,
			OAuth2AuthorizedClientRepository authorizedClients,
			OAuth2UserService<OAuth2UserRequest, OAuth2User> userService, AuthenticationSuccessHandler successHandler,
			AuthenticationFailureHandler failureHandler, PageLocations pages) {
		this.registrations = registrations;
		this.authorizationRequestResolver = authorizationRequestResolver;
		this.authorizationRequests = authorizationRequests;
		this.authorizedClients = authorizedClients;
		this.userService = userService;
		this.successHandler = successHandler;
		this.failureHandler = failureHandler;
		this.pages = pages;
	}

	@Override
	public void customize(HttpSecurity http) {
		if (this.authorizationRequests instanceof CookieAuthorizationRequestRepository cookies) {
			// After the headers' filter, before the cross-site and CSRF filters that it lets the callback pass.
			http.addFilterAfter(new FormPostCallbackFilter(this.registrations, cookies, this.failureHandler),
					HeaderWriterFilter.class);
		}
		RequestMatcher callback = this::isCallbackOfRegisteredProvider;
		http.oauth2Login((login) -> login.clientRegistrationRepository(this.registrations)
			.authorizedClientRepository(this.authorizedClients)
			// A page of the application's own, so that Spring Security generates none.
			.loginPage(this.pages.signIn())
			.loginProcessingUrl(OAuthRoutes.CALLBACK_BASE + "/*")
			.authorizationEndpoint((authorization) -> authorization.baseUri(OAuthRoutes.SIGN_IN_BASE)
				.authorizationRequestResolver(this.authorizationRequestResolver)
				.authorizationRequestRepository(this.authorizationRequests))
			.redirectionEndpoint((redirection) -> redirection.baseUri(OAuthRoutes.CALLBACK_BASE + "/*"))
			.userInfoEndpoint((userInfo) -> userInfo.userService(this.userService))
			.tokenEndpoint((token) -> {
				if (!hasOwnTokenResponseClient(http)) {
					token.accessTokenResponseClient(TokenRequestLogMasking.authorizationCodeClient());
				}
			})
			.successHandler(this.successHandler)
			.failureHandler(this.failureHandler)
			.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {

				@Override
				public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
					// Spring's redirect strategy prints the whole URL at debug level, with the state in it. Auth.js's
					// browser client reads the provider's address from JSON, as Auth.js answers it.
					filter.setAuthorizationRedirectStrategy((request, response, url) -> {
						if (ReturnRedirect.requested(request)) {
							ReturnRedirect.send(response, HttpServletResponse.SC_OK, url);
						}
						else {
							response.sendRedirect(response.encodeRedirectURL(url));
						}
					});
					return filter;
				}

			})
			.withObjectPostProcessor(new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {

				@Override
				public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
					// Other callbacks, such as /api/auth/callback/email, belong to other sign-in methods.
					filter.setRequiresAuthenticationRequestMatcher(callback);
					return filter;
				}

			}));
	}

	private static boolean hasOwnTokenResponseClient(HttpSecurity http) {
		ApplicationContext context = http.getSharedObject(ApplicationContext.class);
		return context != null && context.getBeanNamesForType(ResolvableType
			.forClassWithGenerics(OAuth2AccessTokenResponseClient.class, OAuth2AuthorizationCodeGrantRequest.class))
			.length > 0;
	}

	private boolean isCallbackOfRegisteredProvider(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String prefix = OAuthRoutes.CALLBACK_BASE + "/";
		if (!path.startsWith(prefix)) {
			return false;
		}
		String registrationId = path.substring(prefix.length());
		return !registrationId.isEmpty() && !registrationId.contains("/")
				&& this.registrations.findByRegistrationId(registrationId) != null;
	}

}
