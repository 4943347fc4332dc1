package io.github.authadapter.oauthflow;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.test.oauth.TestBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in with each catalogued Auth.js provider, registered by its id with a client id and secret only and its
 * endpoints moved to a local stub that answers in the provider's documented shapes: the user and the account are
 * the rows that Auth.js's {@code profile()} of that provider would write.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthJsProviderSignInTests {

	/**
	 * What each stubbed provider's user-info endpoint answers.
	 */
	private static final Map<String, String> USER_INFO = Map.of("discord", """
			{"id":"80351110224678912","username":"nelly","discriminator":"0","global_name":"Nelly",\
			"avatar":"a_8342729096ea3675442027381ff50dfe","email":"nelly@discord.example","verified":true}""",
			"facebook", """
			{"id":"10158","name":"Mark","email":"mark@facebook.example",\
			"picture":{"data":{"height":50,"is_silhouette":false,"url":"https://fb.example/p.jpg","width":50}}}""",
			"gitlab", """
			{"id":1,"username":"john_smith","name":null,"email":"john@gitlab.example",\
			"avatar_url":"https://gitlab.example/avatar/1.jpg","state":"active"}""", "spotify", """
			{"id":"wizzler","display_name":"JM Wizzler","email":"wizzler@spotify.example",\
			"images":[{"url":"https://i.scdn.example/ab67","height":300,"width":300}],"type":"user"}""", "twitter", """
			{"data":{"id":"2244994945","name":"X Dev","username":"XDevelopers",\
			"profile_image_url":"https://pbs.twimg.example/profile.jpg"}}""", "zoom", """
			{"id":"KDcuGIm1QgePTO8WbOqwIQ","first_name":"Jill","last_name":"Chill",\
			"email":"jchill@zoom.example","pic_url":"https://zoom.example/picture.jpg","type":1}""");

	private HttpServer provider;

	private String providerUrl;

	private final List<String> userInfoRequests = new ArrayList<>();

	private ConfigurableApplicationContext app;

	private String appUrl;

	@BeforeAll
	void start() throws IOException {
		this.provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.provider.createContext("/", this::answer);
		this.provider.start();
		this.providerUrl = "http://127.0.0.1:" + this.provider.getAddress().getPort();
		List<String> properties = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--spring.jmx.enabled=false",
				"--spring.datasource.url=jdbc:h2:mem:authjs-providers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"--auth.adapter.secret=authjs-providers-test-secret-of-32-bytes",
				"--auth.adapter.trusted-hosts=127.0.0.1,localhost", "--auth.adapter.email.enabled=false"));
		for (String id : USER_INFO.keySet()) {
			// Only the id and secret, as a user configures them; the endpoints move to the stub, as a test must.
			properties.add("--spring.security.oauth2.client.registration." + id + ".client-id=" + id + "-client");
			properties.add("--spring.security.oauth2.client.registration." + id + ".client-secret=" + id + "-secret");
			properties.add("--spring.security.oauth2.client.provider." + id + ".authorization-uri=" + this.providerUrl
					+ "/" + id + "/authorize");
			properties.add("--spring.security.oauth2.client.provider." + id + ".token-uri=" + this.providerUrl + "/"
					+ id + "/token");
			properties.add("--spring.security.oauth2.client.provider." + id + ".user-info-uri=" + this.providerUrl
					+ "/" + id + "/user");
		}
		this.app = new SpringApplicationBuilder(OAuthFlowApplication.class).run(properties.toArray(String[]::new));
		this.appUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) this.app).getWebServer().getPort();
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		if (this.provider != null) {
			this.provider.stop(0);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			discord  | 80351110224678912      | Nelly       | nelly@discord.example   | https://cdn.discordapp.com/avatars/80351110224678912/a_8342729096ea3675442027381ff50dfe.gif
			facebook | 10158                  | Mark        | mark@facebook.example   | https://fb.example/p.jpg
			gitlab   | 1                      | john_smith  | john@gitlab.example     | https://gitlab.example/avatar/1.jpg
			spotify  | wizzler                | JM Wizzler  | wizzler@spotify.example | https://i.scdn.example/ab67
			twitter  | 2244994945             | X Dev       | null                    | https://pbs.twimg.example/profile.jpg
			zoom     | KDcuGIm1QgePTO8WbOqwIQ | Jill Chill  | jchill@zoom.example     | https://zoom.example/picture.jpg
			""")
	void signInWritesTheUserThatAuthJsWouldWrite(String id, String accountId, String name, String email,
			String image) {
		TestBrowser browser = new TestBrowser();
		TestBrowser.Response end = browser.follow(browser.post(this.appUrl + "/api/auth/signin/" + id,
				Map.of("csrfToken", browser.csrfToken(this.appUrl), "callbackUrl", "/api/auth/session")));

		assertThat(end.status()).as(browser.history()).isEqualTo(200);
		Adapter adapter = this.app.getBean(Adapter.class);
		AdapterUser user = adapter.getUserByAccount(id, accountId).orElseThrow();
		assertThat(user.name()).isEqualTo(name);
		assertThat(user.email()).isEqualTo(email);
		assertThat(user.image()).isEqualTo(image);
		AdapterAccount account = adapter.getAccount(id, accountId).orElseThrow();
		assertThat(account.type()).isEqualTo("oauth");
		assertThat(account.access_token()).isEqualTo(id + "-access-token");
		assertThat(account.refresh_token()).isEqualTo(id + "-refresh-token");
		assertThat(this.userInfoRequests).contains(id);
	}

	/**
	 * The stub provider: the authorization endpoint sends the browser straight back with a code, the token endpoint
	 * answers with tokens, the user-info endpoint with the recorded profile.
	 */
	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			String[] path = exchange.getRequestURI().getPath().split("/");
			String id = path[1];
			switch (path[2]) {
				case "authorize" -> {
					Map<String, String> query = query(exchange.getRequestURI());
					exchange.getResponseHeaders()
						.add("Location", query.get("redirect_uri") + "?code=" + id + "-code&state="
								+ URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
					exchange.sendResponseHeaders(302, -1);
				}
				case "token" -> json(exchange, "{\"access_token\":\"" + id + "-access-token\",\"token_type\":\"Bearer\","
						+ "\"expires_in\":3600,\"refresh_token\":\"" + id + "-refresh-token\"}");
				case "user" -> {
					this.userInfoRequests.add(id);
					json(exchange, USER_INFO.get(id));
				}
				default -> exchange.sendResponseHeaders(404, -1);
			}
		}
	}

	private static void json(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	private static Map<String, String> query(URI uri) {
		Map<String, String> parameters = new HashMap<>();
		for (String pair : uri.getRawQuery().split("&")) {
			int equals = pair.indexOf('=');
			parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		return parameters;
	}

}
