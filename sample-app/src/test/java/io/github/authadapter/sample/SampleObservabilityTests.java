package io.github.authadapter.sample;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app's Actuator endpoints over HTTP: the health status for anyone, the schema version of the Auth.js tables
 * and the sign-in metrics for a person who signed in by email.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleObservabilityTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private ConfigurableApplicationContext app;

	private String baseUrl;

	@BeforeAll
	void start() {
		this.app = new SpringApplicationBuilder(SampleApplication.class).run("--server.port=0",
				"--spring.profiles.active=dev", "--spring.main.banner-mode=off", "--spring.jmx.enabled=false",
				"--spring.datasource.url=jdbc:h2:mem:sample-observability;DB_CLOSE_DELAY=-1");
		this.baseUrl = "http://localhost:" + this.app.getEnvironment().getProperty("local.server.port");
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void anyoneGetsTheHealthStatusButOnlySignedInPeopleItsDetailsAndTheMetrics() {
		BrowserlessClient anonymous = new BrowserlessClient(this.baseUrl);
		HttpResponse<String> health = anonymous.get("/actuator/health", "application/json");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(read(health).get("status").asString()).isEqualTo("UP");
		assertThat(health.body()).doesNotContain("schemaVersion");
		assertThat(anonymous.get("/actuator/metrics/auth.adapter.sign-ins", "application/json").statusCode())
			.isNotEqualTo(200);

		BrowserlessClient browser = signedInByEmail("observed@example.com");

		JsonNode component = read(browser.get("/actuator/health", "application/json")).get("components")
			.get("authAdapter");
		assertThat(component.get("status").asString()).isEqualTo("UP");
		assertThat(component.get("details").get("schemaVersion").asString()).isEqualTo("4");
		assertThat(component.get("details").get("expectedVersion").asString()).isEqualTo("4");
	}

	@Test
	void theMetricsEndpointCountsEmailSignInsAndUsedLinks() {
		BrowserlessClient reader = signedInByEmail("reader@example.com");
		double signInsBefore = count(reader, "auth.adapter.sign-ins?tag=method:email");
		double usedLinksBefore = count(reader, "auth.adapter.sign-in.failures?tag=reason:InvalidLink");
		BrowserlessClient browser = new BrowserlessClient(this.baseUrl);
		String link = sendLink(browser, "counted@example.com");

		assertThat(browser.useSignInLink(link).statusCode()).isEqualTo(303);
		assertThat(browser.useSignInLink(link).statusCode()).as("a used link").isEqualTo(400);

		assertThat(count(reader, "auth.adapter.sign-ins?tag=method:email")).isEqualTo(signInsBefore + 1);
		assertThat(count(reader, "auth.adapter.sign-in.failures?tag=reason:InvalidLink"))
			.isEqualTo(usedLinksBefore + 1);
		JsonNode calls = read(reader.get("/actuator/metrics/auth.adapter.calls?tag=method:useVerificationToken",
				"application/json"));
		assertThat(calls.get("measurements").get(0).get("value").asDouble()).as("useVerificationToken calls")
			.isGreaterThanOrEqualTo(2);
	}

	private BrowserlessClient signedInByEmail(String email) {
		BrowserlessClient browser = new BrowserlessClient(this.baseUrl);
		HttpResponse<String> signedIn = browser.useSignInLink(sendLink(browser, email));
		assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
		return browser;
	}

	private String sendLink(BrowserlessClient browser, String email) {
		String csrf = BrowserlessClient.csrfField(browser.get("/", "text/html").body());
		assertThat(browser.postForm("/api/auth/signin/email", Map.of("csrfToken", csrf, "email", email)).statusCode())
			.isEqualTo(303);
		return this.app.getBean(Outbox.class).messages().get(0).link();
	}

	/**
	 * The count of a counter, read from the metrics endpoint by a signed-in browser.
	 */
	private double count(BrowserlessClient browser, String meterAndQuery) {
		HttpResponse<String> response = browser.get("/actuator/metrics/" + meterAndQuery, "application/json");
		if (response.statusCode() == 404) {
			return 0;
		}
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return read(response).get("measurements").get(0).get("value").asDouble();
	}

	private JsonNode read(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

}
