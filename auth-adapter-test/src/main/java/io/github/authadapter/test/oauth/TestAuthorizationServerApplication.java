package io.github.authadapter.test.oauth;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Spring Boot application of {@link TestAuthorizationServer}. It scans no components and leaves out the
 * auth-adapter starter and any database.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(excludeName = { "io.github.authadapter.autoconfigure.AuthAdapterAutoConfiguration",
		"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration" })
class TestAuthorizationServerApplication {

	/**
	 * The access tokens of the GitHub-style API carry this scope; its email addresses need {@link #EMAIL_SCOPE}.
	 */
	static final String USER_SCOPE = "read:user";

	static final String EMAIL_SCOPE = "user:email";

	/**
	 * The media type that GitHub's API documentation asks clients to accept.
	 */
	static final String GITHUB_JSON = "application/vnd.github+json";

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http) {
		http.oauth2AuthorizationServer((authorizationServer) -> {
			http.securityMatcher(authorizationServer.getEndpointsMatcher());
			authorizationServer.oidc(Customizer.withDefaults());
		});
		http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
		http.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
				new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		// The OpenID Connect user-info endpoint accepts the server's own access tokens.
		http.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain gitHubApiSecurityFilterChain(HttpSecurity http) {
		http.securityMatcher("/api/v3/**");
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/v3/user/emails")
			.hasAuthority("SCOPE_" + EMAIL_SCOPE)
			.anyRequest()
			.hasAuthority("SCOPE_" + USER_SCOPE));
		http.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain loginFormSecurityFilterChain(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
		http.formLogin(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	Observations observations() {
		return new Observations();
	}

	/**
	 * Notes the threads that serve requests, and the PKCE code verifier of every token request, before Spring
	 * Security answers.
	 */
	@Bean
	FilterRegistrationBean<Filter> observingFilter(Observations observations) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
			observations.threads.add(Thread.currentThread().getName());
			boolean tokenRequest = ((HttpServletRequest) request).getRequestURI().equals("/oauth2/token");
			String verifier = request.getParameter("code_verifier");
			if (verifier != null && tokenRequest) {
				observations.codeVerifiers.add(verifier);
			}
			if (tokenRequest && "refresh_token".equals(request.getParameter("grant_type"))) {
				observations.refreshTokenRequests.incrementAndGet();
			}
			chain.doFilter(request, response);
		});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Answers in {@code response_mode=form_post} where a request asks for it: before Spring Security's filters, whose
	 * redirect with the answer it turns into a page while they still know the signed-in user.
	 */
	@Bean
	FilterRegistrationBean<Filter> formPostResponseMode(Settings settings, Observations observations) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				new FormPostResponseMode(settings::user, observations.formPostAnswers));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * Twitch's scopes as an array in the token responses of its clients.
	 */
	@Bean
	FilterRegistrationBean<Filter> scopeArrayTokenResponse(Settings settings) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				new ScopeArrayTokenResponse(settings.twitchClientIds()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

	/**
	 * Apple's check of its client's JWT secret, for a server with an Apple client.
	 */
	@Bean
	FilterRegistrationBean<Filter> appleClientSecretCheck(Settings settings, Observations observations) {
		TestAuthorizationServer.AppleKey key = settings.appleKey();
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((key != null)
				? new AppleClientSecretCheck(key, clientSecret(settings.clientSecret(), key.clientId()),
						observations.appleClientSecretsVerified)
				: (request, response, chain) -> chain.doFilter(request, response));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Bean
	UserDetailsService testUsers(Settings settings) {
		List<UserDetails> users = new ArrayList<>();
		for (TestUser user : settings.users()) {
			users.add(User.withUsername(user.username()).password("{noop}" + user.password()).roles("USER").build());
		}
		return new InMemoryUserDetailsManager(users);
	}

	@Bean
	RegisteredClientRepository testClients(Settings settings) {
		List<RegisteredClient> clients = new ArrayList<>();
		for (String clientId : settings.clientIds()) {
			clients.add(RegisteredClient.withId(UUID.randomUUID().toString())
				.clientId(clientId)
				.clientSecret("{noop}" + clientSecret(settings.clientSecret(), clientId))
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
				.redirectUri("http://127.0.0.1/api/auth/callback/" + clientId)
				.scope(OidcScopes.OPENID)
				.scope(OidcScopes.PROFILE)
				.scope(OidcScopes.EMAIL)
				.scope(USER_SCOPE)
				.scope(EMAIL_SCOPE)
				// Apple's scope for the person's name.
				.scope("name")
				// Twitch's scope for the email address, which Auth.js asks for.
				.scope("user:read:email")
				.clientSettings(ClientSettings.builder()
					.requireAuthorizationConsent(settings.consentClientIds().contains(clientId))
					.requireProofKey(!settings.withoutPkceClientIds().contains(clientId))
					.build())
				.tokenSettings(TokenSettings.builder()
					.accessTokenTimeToLive(Duration.ofMinutes(5))
					.reuseRefreshTokens(!settings.rotatingRefreshTokens())
					.build())
				.build());
		}
		return new InMemoryRegisteredClientRepository(clients);
	}

	/**
	 * Puts the user's profile into the ID token, from which the user-info endpoint answers by scope.
	 */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> testUserClaims(Settings settings) {
		return (context) -> {
			TestUser user = settings.user(context.getPrincipal().getName());
			if (user == null || !OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				return;
			}
			if (settings.twitchClientIds().contains(context.getRegisteredClient().getClientId())) {
				Set<String> requested = RequestedClaims.ofIdToken(context.getAuthorization());
				context.getClaims().claims((claims) -> {
					if (requested.contains("preferred_username")) {
						putIfNotNull(claims, "preferred_username", user.name());
					}
					if (requested.contains("email")) {
						putIfNotNull(claims, "email", user.email());
					}
					if (requested.contains("picture")) {
						putIfNotNull(claims, "picture", user.picture());
					}
				});
				return;
			}
			context.getClaims().claims((claims) -> {
				putIfNotNull(claims, "name", user.name());
				putIfNotNull(claims, "email", user.email());
				putIfNotNull(claims, "picture", user.picture());
				if (user.email() != null) {
					claims.put("email_verified", true);
				}
			});
		};
	}

	@Bean
	KeyPair testSigningKeys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Bean
	JWKSource<SecurityContext> jwkSource(KeyPair keys) {
		RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
			.keyID(UUID.randomUUID().toString())
			.build();
		return new ImmutableJWKSet<>(new JWKSet(key));
	}

	@Bean
	JwtDecoder jwtDecoder(KeyPair keys) {
		return NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings() {
		return AuthorizationServerSettings.builder().build();
	}

	/**
	 * Each client has its own secret, as Spring Authorization Server requires.
	 */
	static String clientSecret(String secret, String clientId) {
		return secret + "-" + clientId;
	}

	private static void putIfNotNull(Map<String, Object> claims, String name, @Nullable Object value) {
		if (value != null) {
			claims.put(name, value);
		}
	}

	/**
	 * The users and clients of one server.
	 */
	record Settings(List<TestUser> users, List<String> clientIds, List<String> consentClientIds,
			List<String> withoutPkceClientIds, List<String> twitchClientIds,
			TestAuthorizationServer.@Nullable AppleKey appleKey,
			String clientSecret, boolean rotatingRefreshTokens) {

		@Nullable TestUser user(String username) {
			return this.users.stream().filter((user) -> user.username().equals(username)).findFirst().orElse(null);
		}

	}

	/**
	 * GitHub's {@code GET /user} and {@code GET /user/emails}, in GitHub's shapes: the profile's {@code email} is
	 * null, as for a GitHub user who keeps the address private, and {@code /user/emails} lists it as primary. As a
	 * member class of the application it is registered without component scanning.
	 */
	@RestController
	static class GitHubApi {

		private final Settings settings;

		GitHubApi(Settings settings) {
			this.settings = settings;
		}

		@GetMapping(path = "/api/v3/user", produces = { MediaType.APPLICATION_JSON_VALUE, GITHUB_JSON })
		ResponseEntity<Map<String, Object>> user(JwtAuthenticationToken token) {
			TestUser user = this.settings.user(token.getName());
			if (user == null) {
				return ResponseEntity.notFound().build();
			}
			Map<String, Object> profile = new LinkedHashMap<>();
			profile.put("login", user.username());
			profile.put("id", user.gitHubId());
			profile.put("name", user.name());
			profile.put("email", null);
			profile.put("avatar_url", user.picture());
			return ResponseEntity.ok(profile);
		}

		@GetMapping(path = "/api/v3/user/emails", produces = { MediaType.APPLICATION_JSON_VALUE, GITHUB_JSON })
		ResponseEntity<List<Map<String, Object>>> emails(JwtAuthenticationToken token) {
			TestUser user = this.settings.user(token.getName());
			if (user == null) {
				return ResponseEntity.notFound().build();
			}
			List<Map<String, Object>> emails = new ArrayList<>();
			if (user.email() != null) {
				emails.add(Map.of("email", user.username() + "@users.noreply.example.com", "primary", false,
						"verified", true, "visibility", "private"));
				emails.add(Map.of("email", user.email(), "primary", true, "verified", true, "visibility", "private"));
			}
			return ResponseEntity.ok(emails);
		}

	}


	/**
	 * What the server saw: the PKCE code verifiers that clients sent to the token endpoint, oldest first, the number
	 * of refresh token grants asked for, and the names of the threads that served requests.
	 */
	static final class Observations {

		final AtomicInteger refreshTokenRequests = new AtomicInteger();

		final AtomicInteger formPostAnswers = new AtomicInteger();

		final AtomicInteger appleClientSecretsVerified = new AtomicInteger();

		final List<String> codeVerifiers = new CopyOnWriteArrayList<>();

		final Set<String> threads = ConcurrentHashMap.newKeySet();

	}

}
