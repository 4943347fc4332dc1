package io.github.authadapter.ratelimit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.authadapter.ratelimit.RateLimitApplication.SentMails;
import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits on sign-in mails on two instances of one application, each with its own context and pool, on one
 * shared store: what one instance counts, the other sees. Each test uses addresses and client addresses of its own, the
 * client's chosen by {@code X-Forwarded-For} as a proxy in front would. Subclasses choose the database and the store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractSignInRateLimitTests {

	static final int PER_ADDRESS = 3;

	static final int PER_CLIENT = 10;

	static final int MAX_LIVE_LINKS = 2;

	/**
	 * The secret of both instances, which keys the names of the buckets.
	 */
	static final String SECRET = "rate-limit-test-secret-of-32-bytes";

	private static final Pattern CSRF_TOKEN = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");

	private static final AtomicInteger clients = new AtomicInteger();

	private final List<Instance> instances = new ArrayList<>();

	private JdbcTemplate jdbc;

	/**
	 * The database of both instances, registered by the subclass as an extension.
	 */
	protected abstract TestDatabase database();

	/**
	 * More configuration of both instances, such as the store of the limits.
	 */
	protected List<Class<?>> configurations() {
		return List.of();
	}

	/**
	 * More properties of both instances.
	 */
	protected List<String> properties() {
		return List.of();
	}

	@BeforeAll
	void start() {
		this.instances.add(new Instance(database(), configurations(), properties()));
		this.instances.add(new Instance(database(), configurations(), properties()));
		this.jdbc = new JdbcTemplate(database().dataSource());
	}

	/**
	 * Plain SQL on the database of both instances.
	 */
	protected JdbcTemplate jdbc() {
		return this.jdbc;
	}

	/**
	 * Asks for a sign-in link through the first instance, from a client of its own.
	 */
	/**
	 * The name that a bucket would have under an unkeyed SHA-256, as the limits named them before, which could be
	 * reversed for an IPv4 address by hashing every one.
	 */
	static String unkeyedName(String kind, String value) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return kind + ":" + HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	protected HttpResponse<String> askForLink(String address) {
		return this.instances.get(0).askForLink(address, newClient(), "text/html");
	}

	@AfterAll
	void stop() {
		this.instances.forEach(Instance::close);
	}

	@Test
	void requestsForOneAddressSpreadOverBothInstancesShareItsLimit() {
		String address = "shared@mail.example";
		List<HttpResponse<String>> answers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			answers.add(this.instances.get(i % 2).askForLink(address, newClient(), "text/html"));
		}
		assertThat(answers.stream().map(HttpResponse::statusCode)).containsExactly(303, 303, 303, 429, 429, 429, 429,
				429);
		assertThat(mailsTo(address)).hasSize(PER_ADDRESS);
		answers.stream().filter((answer) -> answer.statusCode() == 429).forEach((refused) -> {
			long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
			assertThat(retryAfter).isBetween(1L, 600L);
		});
	}

	@Test
	void twoHundredConcurrentRequestsForOneAddressSendOnlyItsCapacityAndStoreNoMoreThanTheCap() throws Exception {
		String address = "flooded@mail.example";
		Map<Integer, Long> statuses = concurrently(200, (i) -> this.instances.get(i % 2)
			.askForLink(address, newClient(), "application/json")
			.statusCode());
		assertThat(statuses).containsOnlyKeys(303, 429).containsEntry(303, (long) PER_ADDRESS);
		assertThat(mailsTo(address)).hasSize(PER_ADDRESS);
		assertThat(liveTokens(address)).isBetween(1, MAX_LIVE_LINKS);
	}

	@Test
	void oneClientAskingForManyAddressesGetsOnlyItsCapacityOfMails() throws Exception {
		String client = newClient();
		Map<Integer, Long> statuses = concurrently(100, (i) -> this.instances.get(i % 2)
			.askForLink("stranger-" + i + "@mail.example", client, "application/json")
			.statusCode());
		assertThat(statuses).containsOnlyKeys(303, 429).containsEntry(303, (long) PER_CLIENT);
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM " + verificationTokenTable() + " WHERE identifier LIKE 'stranger-%'", Integer.class))
			.isEqualTo(PER_CLIENT);
	}

	@Test
	void aNewLinkBeyondTheCapStopsTheOldestWorkingAndTheNewestStillWorks() {
		String address = "capped@mail.example";
		for (int i = 0; i < PER_ADDRESS; i++) {
			assertThat(this.instances.get(i % 2).askForLink(address, newClient(), "text/html").statusCode())
				.isEqualTo(303);
		}
		List<String> links = mailsTo(address);
		assertThat(liveTokens(address)).isEqualTo(MAX_LIVE_LINKS);
		assertThat(this.instances.get(0).useLink(links.get(0)).statusCode()).isEqualTo(400);
		assertThat(this.instances.get(1).useLink(links.get(links.size() - 1)).statusCode()).isEqualTo(303);
	}

	@Test
	void aBrowserOverTheLimitGetsAPageAndAScriptGetsJson() {
		String address = "impatient@mail.example";
		for (int i = 0; i < PER_ADDRESS; i++) {
			this.instances.get(0).askForLink(address, newClient(), "text/html");
		}
		HttpResponse<String> page = this.instances.get(1)
			.askForLink(address, newClient(), "text/html,application/xhtml+xml,*/*;q=0.8");
		assertThat(page.statusCode()).isEqualTo(429);
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(page.body()).contains("Too many sign-in links").contains("/api/auth/signin");
		HttpResponse<String> json = this.instances.get(1).askForLink(address, newClient(), "*/*");
		assertThat(json.statusCode()).isEqualTo(429);
		assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		assertThat(json.body()).startsWith("{\"error\":\"RateLimited\",\"message\":\"Too many sign-in links");
		assertThat(json.headers().firstValue("Retry-After")).isPresent();
		HttpResponse<String> authJs = this.instances.get(1).askForLinkAsAuthJsClient(address, newClient());
		assertThat(authJs.statusCode()).isEqualTo(429);
		assertThat(authJs.body()).startsWith("{\"url\":\"http").endsWith("/api/auth/signin?error=RateLimited\"}");
		assertThat(authJs.headers().firstValue("Retry-After")).isPresent();
		assertThat(mailsTo(address)).hasSize(PER_ADDRESS);
	}

	private List<String> mailsTo(String address) {
		return this.instances.stream().flatMap((instance) -> instance.mails().urlsTo(address).stream()).toList();
	}

	int liveTokens(String address) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + verificationTokenTable() + " WHERE identifier = ?",
				Integer.class, address);
	}

	private static String verificationTokenTable() {
		return "verification_token";
	}

	/**
	 * A client address of its own for each call, so that tests do not share the limit per client.
	 */
	static String newClient() {
		int n = clients.incrementAndGet();
		return "10.0." + (n / 250) + "." + (n % 250 + 1);
	}

	private static Map<Integer, Long> concurrently(int requests, RequestNumber<Integer> request) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(32);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				int number = i;
				answers.add(threads.submit(() -> {
					start.await();
					return request.send(number);
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			return statuses.stream().collect(Collectors.groupingBy((status) -> status, Collectors.counting()));
		}
		finally {
			threads.shutdownNow();
		}
	}

	private interface RequestNumber<T> {

		T send(int number);

	}

	/**
	 * One instance of the application, with a client of its own that holds its CSRF cookie.
	 */
	static final class Instance implements AutoCloseable {

		private final ConfigurableApplicationContext context;

		private final String url;

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private String csrfToken;

		Instance(TestDatabase database, List<Class<?>> configurations, List<String> properties) {
			List<Class<?>> sources = new ArrayList<>(configurations);
			sources.add(0, RateLimitApplication.class);
			this.context = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
				.properties("server.port=0", "spring.main.banner-mode=off", "spring.jmx.enabled=false",
						"spring.datasource.url=" + database.jdbcUrl(),
						"spring.datasource.username=" + database.username(),
						"spring.datasource.password=" + database.password(), "spring.jpa.hibernate.ddl-auto=validate",
						"spring.jpa.open-in-view=false", "auth.adapter.secret=" + SECRET,
						"auth.adapter.trusted-hosts=127.0.0.1,localhost", "auth.adapter.cleanup.cron=-",
						"logging.level.root=warn",
						// The tests choose each request's client address, as a proxy in front would.
						"server.forward-headers-strategy=native",
						"auth.adapter.email.rate-limit.per-address.capacity=" + PER_ADDRESS,
						"auth.adapter.email.rate-limit.per-client.capacity=" + PER_CLIENT,
						"auth.adapter.email.max-live-links=" + MAX_LIVE_LINKS)
				.properties(properties.toArray(String[]::new))
				.run();
			this.url = "http://127.0.0.1:" + ((WebServerApplicationContext) this.context).getWebServer().getPort();
			this.csrfToken = newCsrfToken();
		}

		private String newCsrfToken() {
			Matcher csrf = CSRF_TOKEN.matcher(send(HttpRequest.newBuilder(URI.create(this.url + "/api/auth/csrf")))
				.body());
			assertThat(csrf.find()).isTrue();
			return csrf.group(1);
		}

		SentMails mails() {
			return this.context.getBean(SentMails.class);
		}

		HttpResponse<String> askForLink(String address, String client, String accept) {
			return send(form("/api/auth/signin/email", Map.of("email", address)).header("X-Forwarded-For", client)
				.header("Accept", accept));
		}

		/**
		 * Asks as the {@code signIn("email")} of Auth.js's browser client does.
		 */
		HttpResponse<String> askForLinkAsAuthJsClient(String address, String client) {
			return send(form("/api/auth/signin/email", Map.of("email", address)).header("X-Forwarded-For", client)
				.header("X-Auth-Return-Redirect", "1"));
		}

		HttpResponse<String> useLink(String link) {
			Map<String, String> query = new java.util.HashMap<>();
			for (String pair : URI.create(link).getRawQuery().split("&")) {
				String[] nameAndValue = pair.split("=", 2);
				query.put(nameAndValue[0], URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
			}
			HttpResponse<String> signIn = send(form("/api/auth/callback/email",
					Map.of("token", query.get("token"), "email", query.get("email"))));
			// A sign-in ends the CSRF token, as it should, so the next form needs a new one.
			this.csrfToken = newCsrfToken();
			return signIn;
		}

		private HttpRequest.Builder form(String path, Map<String, String> fields) {
			Map<String, String> all = new java.util.HashMap<>(fields);
			all.put("csrfToken", this.csrfToken);
			String body = all.entrySet()
				.stream()
				.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return HttpRequest.newBuilder(URI.create(this.url + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body));
		}

		private HttpResponse<String> send(HttpRequest.Builder request) {
			try {
				return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public void close() {
			this.context.close();
		}

	}

}
