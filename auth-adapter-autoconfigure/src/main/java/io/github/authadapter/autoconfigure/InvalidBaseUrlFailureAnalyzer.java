package io.github.authadapter.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains at startup how to give sign-in links and redirects the application's own address.
 */
class InvalidBaseUrlFailureAnalyzer extends AbstractFailureAnalyzer<InvalidBaseUrlException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidBaseUrlException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Set auth.adapter.url (for example with the environment variable AUTH_ADAPTER_URL, or AUTH_URL as for "
						+ "Auth.js) to the address at which people open the application, such as "
						+ "https://example.com, without a query or fragment. Or list the host names that are yours in "
						+ "auth.adapter.trusted-hosts, such as example.com,www.example.com. To try the application "
						+ "on the address of each request, run it with the 'dev' profile.",
				cause);
	}

}
