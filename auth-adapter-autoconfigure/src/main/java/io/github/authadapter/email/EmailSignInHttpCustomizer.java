package io.github.authadapter.email;

import io.github.authadapter.web.AuthAdapterHttpCustomizer;
import io.github.authadapter.web.AuthRoutes;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.ott.GenerateOneTimeTokenFilter;
import org.springframework.security.web.authentication.ott.GenerateOneTimeTokenRequestResolver;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;

/**
 * Sign-in by email on Spring Security's {@code oneTimeTokenLogin()}, at Auth.js's routes:
 * {@code POST /api/auth/signin/email} stores a token and sends its link, and {@code POST /api/auth/callback/email},
 * which the confirm page of {@link EmailSignInController} posts to, uses it up and signs in. A {@code GET} of the
 * link consumes nothing. Contributed to every chain that applies
 * {@link io.github.authadapter.web.AuthAdapterHttpConfigurer}; an application changes a piece with
 * {@code http.oneTimeTokenLogin(...)} after applying it.
 */
public final class EmailSignInHttpCustomizer implements AuthAdapterHttpCustomizer {

	private final OneTimeTokenService tokens;

	private final GenerateOneTimeTokenRequestResolver linkRequests;

	private final OneTimeTokenGenerationSuccessHandler linkSender;

	private final AuthenticationProvider linkAuthentication;

	private final AuthenticationSuccessHandler successHandler;

	private final AuthenticationFailureHandler failureHandler;

	private final EmailSignInAnswers answers;

	/**
	 * Creates the customizer.
	 * @param tokens stores and uses up the tokens of links
	 * @param linkRequests reads the form that asks for a link
	 * @param linkSender sends the link of a stored token
	 * @param linkAuthentication authenticates the token of a link
	 * @param successHandler signs in the address of a link
	 * @param failureHandler answers a link that does not work
	 * @param answers the pages and answers of the flow
	 */
	public EmailSignInHttpCustomizer(OneTimeTokenService tokens, GenerateOneTimeTokenRequestResolver linkRequests,
			OneTimeTokenGenerationSuccessHandler linkSender, AuthenticationProvider linkAuthentication,
			AuthenticationSuccessHandler successHandler, AuthenticationFailureHandler failureHandler,
			EmailSignInAnswers answers) {
		this.tokens = tokens;
		this.linkRequests = linkRequests;
		this.linkSender = linkSender;
		this.linkAuthentication = linkAuthentication;
		this.successHandler = successHandler;
		this.failureHandler = failureHandler;
		this.answers = answers;
	}

	@Override
	public void customize(HttpSecurity http) {
		http.oneTimeTokenLogin((ott) -> ott.tokenService(this.tokens)
			.tokenGeneratingUrl(AuthRoutes.SIGN_IN_EMAIL)
			.generateRequestResolver(this.linkRequests)
			.tokenGenerationSuccessHandler(this.linkSender)
			.loginProcessingUrl(AuthRoutes.CALLBACK_EMAIL)
			.authenticationConverter(new SignInLinkAuthenticationConverter())
			.authenticationProvider(this.linkAuthentication)
			.successHandler(this.successHandler)
			.failureHandler(this.failureHandler)
			// The application's sign-in page, so that Spring Security generates none, and the confirm page of
			// EmailSignInController instead of Spring Security's submit page.
			.loginPage(this.answers.locations().signIn())
			.showDefaultSubmitPage(false));
		http.addFilterBefore(new TooManyLinksFilter(this.answers), GenerateOneTimeTokenFilter.class);
	}

}
