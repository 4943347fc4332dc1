package io.github.authadapter.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains at startup how to provide the secret that sign-in and the CSRF cookie need.
 */
class MissingSecretFailureAnalyzer extends AbstractFailureAnalyzer<MissingSecretException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingSecretException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Set auth.adapter.secret (for example with the environment variable AUTH_ADAPTER_SECRET) to a long "
						+ "random value, such as the output of 'openssl rand -base64 33'. Use the same value as "
						+ "AUTH_SECRET of a Next.js app that shares the database. To try the application without a "
						+ "secret, run it with the 'dev' profile.",
				cause);
	}

}
