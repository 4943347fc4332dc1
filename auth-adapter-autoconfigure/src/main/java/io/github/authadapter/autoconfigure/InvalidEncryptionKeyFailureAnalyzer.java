package io.github.authadapter.autoconfigure;

import io.github.authadapter.encryption.InvalidEncryptionKeyException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains at startup how to configure the keys that encrypt the OAuth tokens of accounts.
 */
class InvalidEncryptionKeyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidEncryptionKeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidEncryptionKeyException cause) {
		return new FailureAnalysis("The keys that encrypt OAuth tokens are not usable: " + cause.getMessage() + ".",
				"Set auth.adapter.encryption.key to 32 random bytes in base64, such as the output of "
						+ "'openssl rand -base64 32', and auth.adapter.encryption.key-id to an id of lower-case "
						+ "letters, digits and dashes. Keep each earlier key, to read the values stored under it, as "
						+ "auth.adapter.encryption.previous-keys.<its id>. To store tokens as plaintext, remove "
						+ "auth.adapter.encryption.key and auth.adapter.encryption.previous-keys.",
				cause);
	}

}
