package io.github.authadapter.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains at startup how to give the key that signs Sign in with Apple's client secret.
 */
class InvalidAppleClientSecretFailureAnalyzer extends AbstractFailureAnalyzer<InvalidAppleClientSecretException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidAppleClientSecretException cause) {
		return new FailureAnalysis("Sign in with Apple's client secret cannot be made: " + cause.getMessage() + ".",
				"Create a key with Sign in with Apple on Apple's developer site (Certificates, Identifiers & Profiles, "
						+ "Keys), then set auth.adapter.oauth.registration.<id>.client-secret.team-id to your team id, "
						+ ".key-id to the key's id and .private-key to the contents of its AuthKey_<key id>.p8 file "
						+ "(or .private-key-location to where the file is, such as file:/run/secrets/AuthKey.p8). "
						+ "spring.security.oauth2.client.registration.<id>.client-id is the Services ID.",
				cause);
	}

}
