package io.github.authadapter.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.authadapter.session.SessionLifetime;
import io.github.authadapter.web.PageLocations;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of Auth.js sessions and sign-in with Spring Security.
 */
@ConfigurationProperties("auth.adapter")
public class AuthAdapterSecurityProperties {

	/**
	 * Secret that signs the tokens of sign-in links and encrypts JWT session cookies, Auth.js's AUTH_SECRET. Use the
	 * same value as the Next.js app that shares the database or the cookies. To rotate it, list several, newest first,
	 * separated by commas: JWT sessions are encrypted with the first and decrypted with any. Required outside the dev
	 * profile, and there each secret at least 32 bytes long.
	 */
	private @Nullable String secret;

	/**
	 * Address of the application, such as https://example.com, for the links in sign-in emails, the OAuth
	 * redirect_uri and the URLs of /api/auth/providers. When not set, Auth.js's AUTH_URL is read. Required outside the
	 * dev profile, unless trusted-hosts is set.
	 */
	private @Nullable String url;

	/**
	 * Hosts, such as example.com or example.com:8443, whose requests may use their own Host (or X-Forwarded-Host,
	 * with server.forward-headers-strategy) as the address of the links. Requests for other hosts get the url, or a
	 * 400 when it is not set.
	 */
	private List<String> trustedHosts = new ArrayList<>();

	private final Session session = new Session();

	private final Pages pages = new Pages();

	public @Nullable String getSecret() {
		return this.secret;
	}

	public void setSecret(@Nullable String secret) {
		this.secret = secret;
	}

	public @Nullable String getUrl() {
		return this.url;
	}

	public void setUrl(@Nullable String url) {
		this.url = url;
	}

	public List<String> getTrustedHosts() {
		return this.trustedHosts;
	}

	public void setTrustedHosts(List<String> trustedHosts) {
		this.trustedHosts = trustedHosts;
	}

	public Session getSession() {
		return this.session;
	}

	public Pages getPages() {
		return this.pages;
	}

	/**
	 * The kinds of session that Auth.js keeps, its {@code session.strategy}.
	 */
	public enum SessionStrategy {

		/**
		 * A row in the sessions table, whose random token the cookie carries.
		 */
		DATABASE,

		/**
		 * No row: the cookie carries the session itself, an encrypted JWT with the user's claims.
		 */
		JWT

	}

	/**
	 * Properties of sessions.
	 */
	public static class Session {

		/**
		 * Kind of session that sign-in starts, Auth.js's session.strategy: database or jwt.
		 */
		private SessionStrategy strategy = SessionStrategy.DATABASE;

		/**
		 * Kinds of session cookie that sign requests in besides the strategy's own, for a migration from one kind to
		 * the other: database, jwt, or both.
		 */
		private List<SessionStrategy> accept = new ArrayList<>();

		private final Jwt jwt = new Jwt();

		/**
		 * Time after which an unused session expires, Auth.js's session.maxAge.
		 */
		private Duration maxAge = SessionLifetime.DEFAULT_MAX_AGE;

		/**
		 * Time after which the expiry of a session in use is written again, Auth.js's session.updateAge: the row of a
		 * database session, the cookie of a JWT session. Zero writes it on every request.
		 */
		private Duration updateAge = SessionLifetime.DEFAULT_UPDATE_AGE;

		public Duration getMaxAge() {
			return this.maxAge;
		}

		public void setMaxAge(Duration maxAge) {
			this.maxAge = maxAge;
		}

		public Duration getUpdateAge() {
			return this.updateAge;
		}

		public void setUpdateAge(Duration updateAge) {
			this.updateAge = updateAge;
		}

		public SessionStrategy getStrategy() {
			return this.strategy;
		}

		public void setStrategy(SessionStrategy strategy) {
			this.strategy = strategy;
		}

		public List<SessionStrategy> getAccept() {
			return this.accept;
		}

		public void setAccept(List<SessionStrategy> accept) {
			this.accept = accept;
		}

		public Jwt getJwt() {
			return this.jwt;
		}

		/**
		 * The kinds of session cookie that sign requests in: the strategy's, and those of {@code accept}.
		 */
		public Set<SessionStrategy> accepted() {
			Set<SessionStrategy> accepted = EnumSet.of(this.strategy);
			accepted.addAll(this.accept);
			return accepted;
		}

	}

	/**
	 * Properties of JWT sessions.
	 */
	public static class Jwt {

		/**
		 * Whether the sub claim of a JWT session is the id of a user in this database, whom every request then loads
		 * through the Adapter, so that a deleted user is signed out. Otherwise the user is made from the claims alone
		 * and authentication needs no database.
		 */
		private boolean loadUser;

		public boolean isLoadUser() {
			return this.loadUser;
		}

		public void setLoadUser(boolean loadUser) {
			this.loadUser = loadUser;
		}

	}

	/**
	 * Locations of the pages of the sign-in flow, Auth.js's pages option.
	 */
	public static class Pages {

		/**
		 * Path of the page that asks for an email address, to which protected pages send anonymous visitors.
		 */
		private String signIn = PageLocations.defaults().signIn();

		/**
		 * Path of the page shown after a sign-in link was sent.
		 */
		private String verifyRequest = PageLocations.defaults().verifyRequest();

		public String getSignIn() {
			return this.signIn;
		}

		public void setSignIn(String signIn) {
			this.signIn = signIn;
		}

		public String getVerifyRequest() {
			return this.verifyRequest;
		}

		public void setVerifyRequest(String verifyRequest) {
			this.verifyRequest = verifyRequest;
		}

	}

}
