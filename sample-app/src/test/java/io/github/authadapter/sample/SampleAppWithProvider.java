package io.github.authadapter.sample;

import java.util.UUID;

import io.github.authadapter.test.oauth.TestAuthorizationServer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sample app on a random port and a database of its own, with the test authorization server registered as the
 * provider "Inkwell ID".
 */
final class SampleAppWithProvider implements AutoCloseable {

	private final ConfigurableApplicationContext app;

	private SampleAppWithProvider(ConfigurableApplicationContext app) {
		this.app = app;
	}

	private static final String ENCRYPTION_KEY = "c2FtcGxlLWFwcC10ZXN0LWVuY3J5cHRpb24ta2V5LTE=";

	/**
	 * Starts the app with the server's {@code inkwell-id} client, and the page with Auth.js's browser client.
	 */
	static SampleAppWithProvider start(TestAuthorizationServer server) {
		return new SampleAppWithProvider(new SpringApplicationBuilder(SampleApplication.class, NextAuthReactPage.class)
			// The sample's application.properties registers no provider, so these default properties hold.
			.properties(server.clientRegistration("inkwell-id"))
			.run("--server.port=0", "--spring.profiles.active=test",
					"--auth.adapter.secret=sample-oauth-test-secret-32-bytes", "--auth.adapter.email.log-links=true",
					"--auth.adapter.trusted-hosts=127.0.0.1",
					// Tokens encrypted, so that a test can make one undecryptable.
					"--auth.adapter.encryption.key=" + ENCRYPTION_KEY,
					"--spring.datasource.url=jdbc:h2:mem:sample-oauth-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"--spring.security.oauth2.client.registration.inkwell-id.client-name=Inkwell ID"));
	}

	/**
	 * The address the app listens on, without a trailing slash.
	 */
	String url() {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) this.app).getWebServer().getPort();
	}

	<T> T getBean(Class<T> type) {
		return this.app.getBean(type);
	}

	@Override
	public void close() {
		this.app.close();
	}

}
