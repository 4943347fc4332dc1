package io.github.authadapter.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import io.github.authadapter.crypto.AuthJsJweCodec;

/**
 * HTTP requests for a page of {@link BenchmarkWebApplication}, each with the session cookie of a random loaded user,
 * checking that the page answers that user's address, so that a request that is not signed in cannot look fast.
 */
final class SignedInRequests {

	static final String COOKIE = "authjs.session-token";

	/** How many users' JWTs are made before measuring: decrypting costs the same for any of them. */
	static final int JWT_USERS = 5_000;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final URI page;

	private final IntFunction<String> cookieOfUser;

	private final boolean jwt;

	private SignedInRequests(URI page, IntFunction<String> cookieOfUser, boolean jwt) {
		this.page = page;
		this.cookieOfUser = cookieOfUser;
		this.jwt = jwt;
	}

	/**
	 * Requests with the database session cookie of a user, for the given page.
	 */
	static SignedInRequests databaseSessions(int port, String path) {
		return new SignedInRequests(URI.create("http://127.0.0.1:" + port + path), Dataset::sessionToken, false);
	}

	/**
	 * Requests with a JWT session cookie as Auth.js writes it, for the starter's page.
	 */
	static SignedInRequests jwtSessions(int port) {
		List<String> tokens = jwtTokens(JWT_USERS);
		return new SignedInRequests(URI.create("http://127.0.0.1:" + port + BenchmarkWebApplication.PAGE),
				(user) -> tokens.get(user - 1), true);
	}

	/**
	 * The JWT session tokens of users {@code 1..users}, as Auth.js writes them, with the secret of
	 * {@link BenchmarkWebApplication}.
	 */
	static List<String> jwtTokens(int users) {
		AuthJsJweCodec codec = AuthJsJweCodec.authJs(List.of(BenchmarkWebApplication.SECRET), COOKIE);
		return IntStream.rangeClosed(1, users)
			.mapToObj((user) -> codec.encode(Map.of("sub", Integer.toString(user), "email", Dataset.email(user),
					"name", "User " + user), Duration.ofDays(30)))
			.toList();
	}

	/**
	 * One caller's requests at the given number of loaded sessions.
	 */
	BooleanSupplier caller(int sessions) {
		int users = this.jwt ? Math.min(sessions, JWT_USERS) : sessions;
		return () -> {
			int user = ThreadLocalRandom.current().nextInt(1, users + 1);
			HttpRequest request = HttpRequest.newBuilder(this.page)
				.header("Cookie", COOKIE + "=" + this.cookieOfUser.apply(user))
				.build();
			HttpResponse<String> response = send(request);
			if (response.statusCode() != 200 || !response.body().equals(Dataset.email(user))) {
				throw new IllegalStateException("A signed-in request of user " + user + " was answered "
						+ response.statusCode() + " " + response.body());
			}
			// A sign-in that issued a cookie again would measure more than the lookup.
			if (response.headers().firstValue("Set-Cookie").isPresent()) {
				throw new IllegalStateException("A signed-in request got a Set-Cookie");
			}
			return true;
		};
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted during a request", ex);
		}
	}

}
