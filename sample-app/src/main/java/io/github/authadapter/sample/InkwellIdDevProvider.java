package io.github.authadapter.sample;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.authadapter.test.oauth.TestAuthorizationServer;
import io.github.authadapter.test.oauth.TestUser;
import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * "Inkwell ID (dev)": with the {@code dev} profile and {@code inkwell.dev-provider.enabled=true}, starts the
 * OpenID Connect provider that the tests use (auth-adapter-test's {@link TestAuthorizationServer}, Spring
 * Authorization Server on a free port of this machine) and registers it as the provider {@code inkwell-id}, so that
 * OAuth sign-in can be clicked through without an account at GitHub or Google. Its one user is {@value #USERNAME}
 * with the password {@value #PASSWORD}. Spring Authorization Server accepts loopback callbacks only on an IP address:
 * open the app at {@code http://127.0.0.1:8080} to use it.
 */
class InkwellIdDevProvider implements EnvironmentPostProcessor {

	static final String ENABLED_PROPERTY = "inkwell.dev-provider.enabled";

	static final String REGISTRATION_ID = "inkwell-dev";

	static final String USERNAME = "ada";

	static final String PASSWORD = "inkwell-dev";

	private final Log logger;

	InkwellIdDevProvider(DeferredLogFactory logs) {
		this.logger = logs.getLog(InkwellIdDevProvider.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		// Not for the provider's own application, which sees the same environment variables.
		if (!application.getAllSources().contains(SampleApplication.class) || !environment.matchesProfiles("dev")
				|| !environment.getProperty(ENABLED_PROPERTY, Boolean.class, false)) {
			return;
		}
		TestAuthorizationServer server = TestAuthorizationServer.builder()
			.user(new TestUser(USERNAME, PASSWORD, 1815, "Ada Lovelace", "ada@inkwell.example", null))
			.client(REGISTRATION_ID)
			.start();
		// It stops with the application, which closes it from this listener.
		application.addListeners((ContextClosedEvent event) -> server.close());
		Map<String, Object> properties = new LinkedHashMap<>();
		for (String property : server.clientRegistration(REGISTRATION_ID)) {
			int equals = property.indexOf('=');
			properties.put(property.substring(0, equals), property.substring(equals + 1));
		}
		properties.put("spring.security.oauth2.client.registration." + REGISTRATION_ID + ".client-name",
				"Inkwell ID (dev)");
		environment.getPropertySources().addLast(new MapPropertySource("inkwellIdDevProvider", properties));
		this.logger.info("Inkwell ID (dev) runs at " + server.issuerUri() + ": open the app at http://127.0.0.1:"
				+ environment.getProperty("server.port", "8080") + " and sign in as " + USERNAME + " with the password "
				+ PASSWORD);
	}

}
