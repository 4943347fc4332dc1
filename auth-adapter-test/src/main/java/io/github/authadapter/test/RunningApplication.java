package io.github.authadapter.test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.github.authadapter.Adapter;
import io.github.authadapter.VerificationToken;
import io.github.authadapter.email.VerificationTokenHasher;
import io.github.authadapter.test.oauth.TestBrowser;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application with the starter on a random port of {@code 127.0.0.1}, as the suites start it, with what they do
 * through it: fetch a CSRF token, and issue and confirm sign-in links. Needs Spring MVC and Spring Security on the
 * classpath, as the starter's sign-in does.
 * <pre>{@code
 * try (RunningApplication app = RunningApplication.start(RunningApplication.builder(dataSource, MyConfig.class))) {
 *     TestBrowser browser = new TestBrowser();
 *     app.confirmLink(browser, app.csrfToken(browser), "ada@example.com", app.issueLink("ada@example.com"));
 * }
 * }</pre>
 */
public final class RunningApplication implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final String url;

	private RunningApplication(ConfigurableApplicationContext context) {
		this.context = context;
		this.url = "http://127.0.0.1:" + port();
	}

	/**
	 * An application of the sources on the data source, with what every suite needs: a random port, a secret,
	 * {@code 127.0.0.1} and {@code localhost} as trusted hosts, Hibernate's schema validation, no scheduled cleanup,
	 * sign-in links written to the log unless the sources send them, and warnings only in the log. These are default
	 * properties: the builder's own {@code properties(...)} and the sources' configuration override them.
	 * @param dataSource the data source of the application, which it does not close
	 * @param sources the application's configuration, such as {@link StarterApplication}
	 */
	public static SpringApplicationBuilder builder(DataSource dataSource, Class<?>... sources) {
		return new SpringApplicationBuilder(sources).properties(defaultProperties())
			.initializers((context) -> context.getBeanFactory().registerSingleton("dataSource", dataSource));
	}

	/**
	 * Starts the application of a {@link #builder(DataSource, Class...) builder}.
	 */
	public static RunningApplication start(SpringApplicationBuilder builder) {
		return new RunningApplication(builder.run());
	}

	/**
	 * Starts an application that makes its own connection pool from {@code spring.datasource.*} properties, for a
	 * test of how the pool behaves.
	 * @param properties more properties, such as {@code spring.datasource.hikari.connection-timeout=2000}
	 */
	public static RunningApplication start(Class<?> application, String jdbcUrl, String username, String password,
			String... properties) {
		return start(new SpringApplicationBuilder(application).properties(defaultProperties())
			.properties("spring.datasource.url=" + jdbcUrl, "spring.datasource.username=" + username,
					"spring.datasource.password=" + password)
			.properties(properties));
	}

	private static String[] defaultProperties() {
		return new String[] { "server.port=0", "spring.main.banner-mode=off", "spring.jmx.enabled=false",
				"spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false",
				"auth.adapter.secret=running-application-test-secret-32-bytes",
				"auth.adapter.trusted-hosts=127.0.0.1,localhost", "auth.adapter.cleanup.cron=-",
				"auth.adapter.email.log-links=true", "logging.level.root=warn" };
	}

	/**
	 * The application's address, {@code http://127.0.0.1:<port>}, followed by the path.
	 */
	public String url(String path) {
		return this.url + path;
	}

	/**
	 * The port the application listens on.
	 */
	public int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	public Adapter adapter() {
		return bean(Adapter.class);
	}

	/**
	 * A CSRF token for the browser's next form, from {@code GET /api/auth/csrf}.
	 */
	public String csrfToken(TestBrowser browser) {
		return browser.csrfToken(this.url);
	}

	/**
	 * Stores the token of a sign-in link for the address, as sending the link would.
	 * @return the token the link carries
	 */
	public String issueLink(String email) {
		String token = "link-" + UUID.randomUUID();
		adapter().createVerificationToken(new VerificationToken(email, bean(VerificationTokenHasher.class).hash(token),
				Instant.now().plusSeconds(600)));
		return token;
	}

	/**
	 * Posts the confirmation of a sign-in link, as its page does.
	 */
	public TestBrowser.Response confirmLink(TestBrowser browser, String csrfToken, String email, String token) {
		return browser.post(url("/api/auth/callback/email"),
				Map.of("token", token, "email", email, "csrfToken", csrfToken));
	}

	@Override
	public void close() {
		this.context.close();
	}

}
