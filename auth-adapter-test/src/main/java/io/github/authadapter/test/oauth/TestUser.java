package io.github.authadapter.test.oauth;

import org.jspecify.annotations.Nullable;

/**
 * A person who can sign in at a {@link TestAuthorizationServer}. OpenID Connect clients see the username as
 * {@code sub}; GitHub-style clients see {@code gitHubId} as {@code id} and the username as {@code login}.
 *
 * @param username the login name and OpenID Connect subject
 * @param password the password for the login form
 * @param gitHubId the numeric id of the GitHub-style API
 * @param name the display name, or null to leave it out of the profile
 * @param email the email address, or null to leave it out of the profile
 * @param picture the address of a profile picture, or null
 */
public record TestUser(String username, String password, long gitHubId, @Nullable String name,
		@Nullable String email, @Nullable String picture) {

	public TestUser {
		if (username == null || username.isBlank()) {
			throw new IllegalArgumentException("username must not be blank");
		}
		if (password == null || password.isEmpty()) {
			throw new IllegalArgumentException("password must not be empty");
		}
	}

	@Override
	public String toString() {
		return "TestUser[" + this.username + "]";
	}

}
