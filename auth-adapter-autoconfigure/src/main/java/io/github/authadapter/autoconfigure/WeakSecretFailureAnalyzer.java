package io.github.authadapter.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains at startup how to give sign-in a secret that is long enough.
 */
class WeakSecretFailureAnalyzer extends AbstractFailureAnalyzer<WeakSecretException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, WeakSecretException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Set auth.adapter.secret (for example with the environment variable AUTH_ADAPTER_SECRET) to at least "
						+ AuthAdapterSecret.MIN_BYTES + " bytes of random text, such as the output of "
						+ "'openssl rand -base64 33' or 'npx auth secret'. Use the same value as AUTH_SECRET of a "
						+ "Next.js app that shares the database. To rotate it, list the new one first and the old "
						+ "ones after it, separated by commas, each as long. To try the application with a short "
						+ "secret, run it with the 'dev' profile.",
				cause);
	}

}
