package io.github.authadapter.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains at startup how to give JWT session cookies a secret that is long enough.
 */
class InvalidJwtSecretFailureAnalyzer extends AbstractFailureAnalyzer<InvalidJwtSecretException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidJwtSecretException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set auth.adapter.secret to the AUTH_SECRET of the Next.js app, at least 32 bytes of random text such "
						+ "as the output of 'npx auth secret' or 'openssl rand -base64 33'. To rotate it, list the new "
						+ "one first and the old ones after it, separated by commas.",
				cause);
	}

}
