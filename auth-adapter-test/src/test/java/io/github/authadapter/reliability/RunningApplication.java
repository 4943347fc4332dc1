package io.github.authadapter.reliability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.authadapter.Adapter;
import io.github.authadapter.VerificationToken;
import io.github.authadapter.email.VerificationTokenHasher;
import io.github.authadapter.test.oauth.TestBrowser;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application with the starter on a real port and a database, as the tests of this package start it, with what
 * they do through it: fetch a CSRF token, and issue and confirm sign-in links.
 */
final class RunningApplication implements AutoCloseable {

	private static final Pattern CSRF_TOKEN = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");

	private final ConfigurableApplicationContext context;

	private final String url;

	private RunningApplication(ConfigurableApplicationContext context) {
		this.context = context;
		this.url = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/**
	 * Starts the application on the database.
	 * @param properties more properties, such as a pool size or an OAuth client
	 */
	static RunningApplication start(Class<?> application, String jdbcUrl, String username, String password,
			String... properties) {
		List<String> all = new ArrayList<>(List.of("server.port=0", "spring.main.banner-mode=off",
				"spring.jmx.enabled=false", "spring.datasource.url=" + jdbcUrl, "spring.datasource.username=" + username,
				"spring.datasource.password=" + password, "spring.jpa.hibernate.ddl-auto=validate",
				"spring.jpa.open-in-view=false", "auth.adapter.secret=reliability-test-secret",
					"auth.adapter.trusted-hosts=127.0.0.1,localhost",
				"auth.adapter.cleanup.cron=-", "logging.level.root=warn"));
		all.addAll(List.of(properties));
		return new RunningApplication(new SpringApplicationBuilder(application).properties(all.toArray(String[]::new))
			.run());
	}

	String url(String path) {
		return this.url + path;
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	Adapter adapter() {
		return bean(Adapter.class);
	}

	String csrfToken(TestBrowser browser) {
		TestBrowser.Response response = browser.get(url("/api/auth/csrf"));
		Matcher matcher = CSRF_TOKEN.matcher(response.body());
		assertThat(matcher.find()).as("CSRF token in %s", response.body()).isTrue();
		return matcher.group(1);
	}

	/**
	 * Stores the token of a sign-in link for the address, as sending the link would.
	 * @return the token the link carries
	 */
	String issueLink(String email) {
		String token = "link-" + UUID.randomUUID();
		adapter().createVerificationToken(new VerificationToken(email, bean(VerificationTokenHasher.class).hash(token),
				Instant.now().plusSeconds(600)));
		return token;
	}

	/**
	 * Posts the confirmation of a sign-in link, as its page does.
	 */
	TestBrowser.Response confirmLink(TestBrowser browser, String csrfToken, String email, String token) {
		return browser.post(url("/api/auth/callback/email"),
				Map.of("token", token, "email", email, "csrfToken", csrfToken));
	}

	@Override
	public void close() {
		this.context.close();
	}

}
