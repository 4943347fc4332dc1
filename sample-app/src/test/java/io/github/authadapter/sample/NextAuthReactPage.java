package io.github.authadapter.sample;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A page of the app's own origin with Auth.js's browser client, {@code next-auth/react} bundled by
 * {@code npm ci --prefix interop/authjs-client}, as a Next.js page would load it; open to anyone. Import it into the
 * app under test, open {@link #PATH} and {@link #call} the client's functions.
 */
@TestConfiguration(proxyBeanMethods = false)
class NextAuthReactPage {

	static final String PATH = "/next-auth-react/page.html";

	private static final Path BUNDLE = Path.of(System.getProperty("user.dir"))
		.resolve("../interop/authjs-client/dist/next-auth-client.js")
		.normalize();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Bean
	@Order(0)
	SecurityFilterChain nextAuthReactPageChain(HttpSecurity http) {
		return http.securityMatcher("/next-auth-react/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.build();
	}

	/**
	 * The page and the bundle, as functional endpoints: a controller class here would also be found by the sample's
	 * component scan.
	 */
	@Bean
	RouterFunction<ServerResponse> nextAuthReactPageRoutes() {
		return RouterFunctions.route()
			.GET(PATH, (request) -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).body("""
					<!DOCTYPE html>
					<html lang="en"><head><meta charset="utf-8"><title>next-auth/react</title>
					<script src="/next-auth-react/next-auth-client.js"></script></head>
					<body><p>Auth.js's browser client</p></body></html>
					"""))
			.GET("/next-auth-react/next-auth-client.js", (request) -> ServerResponse.ok()
				.contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
				.body(Files.readString(BUNDLE)))
			.build();
	}

	/**
	 * Skips the test when the client is not bundled, or fails it when the browser is required, as in CI.
	 */
	static void assumeBundled() {
		if (Files.isRegularFile(BUNDLE)) {
			return;
		}
		String message = "next-auth/react is not bundled at " + BUNDLE
				+ ". Bundle it with Node 20 or later: npm ci --prefix interop/authjs-client";
		if (Boolean.getBoolean(HeadlessChromium.REQUIRE_BROWSER_PROPERTY)) {
			Assertions.fail(message + " (required because " + HeadlessChromium.REQUIRE_BROWSER_PROPERTY + "=true)");
		}
		Assumptions.abort(message);
	}

	/**
	 * Runs one call of the client on the open page, such as {@code getSession()}, and returns what its promise
	 * resolves to.
	 */
	static JsonNode call(ChromeDriver browser, String expression) {
		Object result = browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				Promise.resolve().then(() => window.nextAuthReact.%s)
					.then((value) => done(JSON.stringify(value === undefined ? null : value)),
						(error) => done(JSON.stringify({ thrown: String(error) })));
				""".formatted(expression));
		JsonNode value = JSON.readTree((String) result);
		if (value.has("thrown")) {
			throw new AssertionError(expression + " threw " + value);
		}
		return value;
	}

}
