package io.github.authadapter.sample;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notes of the sample app on a real database, through its own migration and over HTTP: each user sees and deletes
 * only their own, bad input gets the form back with a 400, and deleting the user deletes their notes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractNotesTests {

	private static final Pattern DELETE_ACTION = Pattern.compile("action=\"(/notes/\\d+/delete)\"");

	private ConfigurableApplicationContext app;

	private String baseUrl;

	protected abstract TestDatabase database();

	@BeforeAll
	void startTheSampleApp() {
		TestDatabase database = database();
		this.app = new SpringApplicationBuilder(SampleApplication.class).run("--server.port=0",
				"--spring.profiles.active=dev", "--spring.main.banner-mode=off", "--AUTH_GITHUB_ID=",
				"--AUTH_GOOGLE_ID=", "--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password());
		this.baseUrl = "http://localhost:" + this.app.getEnvironment().getProperty("local.server.port");
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void eachUserWritesReadsAndDeletesTheirOwnNotes() {
		BrowserlessClient ada = signedIn("ada");
		BrowserlessClient bob = signedIn("bob");

		HttpResponse<String> saved = write(ada, "Groceries", "Milk,\nbread & <jam>");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/notes"));
		String adasPage = ada.get("/notes", "text/html").body();
		assertThat(adasPage).contains("Groceries").contains("Milk,\nbread &amp; &lt;jam&gt;");
		assertThat(bob.get("/notes", "text/html").body()).doesNotContain("Groceries").contains("No notes yet");

		String delete = deleteAction(adasPage);
		assertThat(bob.postForm(delete, Map.of("csrfToken", csrf(bob))).statusCode())
			.as("another user's note is not found")
			.isEqualTo(404);
		assertThat(ada.get("/notes", "text/html").body()).contains("Groceries");
		assertThat(ada.postForm(delete, Map.of("csrfToken", csrf(ada))).statusCode()).isEqualTo(302);
		assertThat(ada.get("/notes", "text/html").body()).doesNotContain("Groceries");
	}

	@Test
	void badInputGetsTheFormBackWithWhatWasTyped() {
		BrowserlessClient cleo = signedIn("cleo");

		HttpResponse<String> untitled = write(cleo, "  ", "kept text");
		assertThat(untitled.statusCode()).isEqualTo(400);
		assertThat(untitled.body()).contains("Give the note a title.").contains("kept text");
		HttpResponse<String> tooLong = write(cleo, "Long", "x".repeat(Note.MAX_BODY + 1));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("longer than " + Note.MAX_BODY);
		assertThat(cleo.postForm("/notes/not-a-number/delete", Map.of("csrfToken", csrf(cleo))).statusCode())
			.isEqualTo(400);
		assertThat(write(cleo, "Unicode ✎ 😀", "ünïcödé ✓ 😀").statusCode()).isEqualTo(302);
		assertThat(cleo.get("/notes", "text/html").body()).contains("Unicode ✎ 😀").contains("ünïcödé ✓ 😀");
	}

	@Test
	void notesNeedASignedInUserAndGoWithTheirUser() {
		assertThat(new BrowserlessClient(this.baseUrl).get("/notes", "text/html").statusCode()).isEqualTo(302);
		BrowserlessClient dora = signedIn("dora");
		write(dora, "Soon gone", "");
		JdbcTemplate jdbc = this.app.getBean(JdbcTemplate.class);
		String userId = this.app.getBean(Adapter.class).getUserByEmail(email("dora")).orElseThrow().id();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notes WHERE user_id = ?", Integer.class,
				Long.valueOf(userId))).isEqualTo(1);

		this.app.getBean(Adapter.class).deleteUser(userId);

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notes WHERE user_id = ?", Integer.class,
				Long.valueOf(userId))).isZero();
	}

	private HttpResponse<String> write(BrowserlessClient client, String title, String body) {
		return client.postForm("/notes", Map.of("csrfToken", csrf(client), "title", title, "body", body));
	}

	private static String csrf(BrowserlessClient client) {
		return BrowserlessClient.csrfField(client.get("/notes", "text/html").body());
	}

	private static String deleteAction(String page) {
		Matcher matcher = DELETE_ACTION.matcher(page);
		assertThat(matcher.find()).as("a delete button").isTrue();
		return matcher.group(1);
	}

	private BrowserlessClient signedIn(String name) {
		Adapter adapter = this.app.getBean(Adapter.class);
		AdapterUser user = adapter.createUser(AdapterUser.withEmail(email(name)));
		String token = UUID.randomUUID().toString();
		adapter.createSession(new AdapterSession(token, user.id(), Instant.now().plus(1, ChronoUnit.DAYS)));
		BrowserlessClient client = new BrowserlessClient(this.baseUrl);
		client.cookie("authjs.session-token", token);
		return client;
	}

	private String email(String name) {
		return name + "@" + getClass().getSimpleName().toLowerCase(Locale.ROOT) + ".example.com";
	}

}
