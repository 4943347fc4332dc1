package io.github.authadapter.oauth;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.client.RestTemplate;

/**
 * Loads the profile of an OAuth 2 (not OpenID Connect) user from the provider's user-info endpoint, takes it out of
 * the member that nests it for a provider of {@link AuthJsProviders} that does (X's {@code data}), and for GitHub adds
 * the email address from {@code /user/emails} when the profile has none.
 */
public class AuthJsOAuth2UserService implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

	private final OAuth2UserService<OAuth2UserRequest, OAuth2User> delegate;

	private final GitHubEmails gitHubEmails;

	public AuthJsOAuth2UserService() {
		this(new DefaultOAuth2UserService(), new RestTemplate());
	}

	AuthJsOAuth2UserService(OAuth2UserService<OAuth2UserRequest, OAuth2User> delegate, RestTemplate rest) {
		this.delegate = delegate;
		this.gitHubEmails = new GitHubEmails(rest);
	}

	@Override
	public OAuth2User loadUser(OAuth2UserRequest userRequest) {
		OAuth2User user = AuthJsProviders.unnested(userRequest.getClientRegistration(),
				this.delegate.loadUser(userRequest));
		if (!GitHubEmails.appliesTo(userRequest.getClientRegistration()) || hasEmail(user)) {
			return user;
		}
		return this.gitHubEmails.primaryEmail(userRequest.getClientRegistration(), userRequest.getAccessToken())
			.map((email) -> {
				Map<String, Object> attributes = new LinkedHashMap<>(user.getAttributes());
				attributes.put("email", email);
				String nameAttribute = userRequest.getClientRegistration()
					.getProviderDetails()
					.getUserInfoEndpoint()
					.getUserNameAttributeName();
				return (OAuth2User) new DefaultOAuth2User(user.getAuthorities(), attributes, nameAttribute);
			})
			.orElse(user);
	}

	private static boolean hasEmail(OAuth2User user) {
		return user.getAttribute("email") instanceof String email && !email.isBlank();
	}

}
