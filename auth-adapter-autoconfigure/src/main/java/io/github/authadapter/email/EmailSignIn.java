package io.github.authadapter.email;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.EmailAlreadyInUseException;
import io.github.authadapter.UserUpdate;
import io.github.authadapter.ratelimit.SignInLinkRateLimitException;
import io.github.authadapter.web.AuthRoutes;
import io.github.authadapter.web.SignIn;
import io.github.authadapter.web.SignInMethod;
import io.github.authadapter.web.SignInSessions;
import io.github.authadapter.web.SignInTransaction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.core.Authentication;

/**
 * Sign-in by email as Auth.js's email provider does it: a link with a single-use token, stored only as a hash, that
 * creates or verifies the user and starts a session when used. The token comes from the {@link OneTimeTokenService}
 * of Spring Security's {@code oneTimeTokenLogin()}; this class builds and sends the link, and signs in the address of
 * a link that the login filter has authenticated.
 */
public class EmailSignIn {

	/**
	 * Auth.js's default lifetime of a sign-in link: 24 hours.
	 */
	public static final Duration DEFAULT_LINK_MAX_AGE = Duration.ofHours(24);

	private final Adapter adapter;

	private final OneTimeTokenService tokens;

	private final MagicLinkSender sender;

	private final SignInSessions sessions;

	private final Duration linkMaxAge;

	private final Clock clock;

	private final SignInTransaction transaction;

	/**
	 * Creates the sign-in.
	 * @param tokens stores and uses up the tokens of links
	 * @param sender sends the links
	 * @param sessions starts the session of a link's address
	 * @param linkMaxAge how long a link works
	 * @param transaction how the new or verified user and the session are written as one unit
	 */
	public EmailSignIn(Adapter adapter, OneTimeTokenService tokens, MagicLinkSender sender, SignInSessions sessions,
			Duration linkMaxAge, Clock clock, SignInTransaction transaction) {
		if (linkMaxAge == null || linkMaxAge.isNegative() || linkMaxAge.isZero()) {
			throw new IllegalArgumentException("linkMaxAge must be positive, but was " + linkMaxAge
					+ "; set auth.adapter.email.max-age to a duration such as 24h");
		}
		this.adapter = adapter;
		this.tokens = tokens;
		this.sender = sender;
		this.sessions = sessions;
		this.linkMaxAge = linkMaxAge;
		this.clock = clock;
		this.transaction = transaction;
	}

	/**
	 * How long a link works.
	 */
	public Duration linkMaxAge() {
		return this.linkMaxAge;
	}

	/**
	 * Stores a new token for the address and sends the link that carries it, within the limits, as
	 * {@code POST /api/auth/signin/email} does: for code of the application's own, such as an invitation.
	 * @param email where to send the link
	 * @param client the network address of the client that asks for the link
	 * @param baseUrl the address of the application, such as {@code https://example.com}, without a trailing slash
	 * @param callbackUrl the page on this site to show once signed in
	 * @return the link that was sent
	 * @throws SignInLinkRateLimitException if the address or the client asked for too many links, and nothing was
	 * stored or sent
	 * @throws MagicLinkDeliveryException if the sender could not send it
	 */
	public MagicLink sendLink(EmailAddress email, String client, String baseUrl, String callbackUrl) {
		return send(this.tokens.generate(new SignInLinkRequest(email, this.linkMaxAge, client)), baseUrl,
				callbackUrl);
	}

	/**
	 * Sends the link of a token that was stored already.
	 * @param token the token, whose username is the address
	 * @param baseUrl the address of the application, without a trailing slash
	 * @param callbackUrl the page on this site to show once signed in
	 * @return the link that was sent
	 * @throws MagicLinkDeliveryException if the sender could not send it
	 */
	public MagicLink send(OneTimeToken token, String baseUrl, String callbackUrl) {
		EmailAddress email = EmailAddress.parse(token.getUsername());
		String url = baseUrl + AuthRoutes.CALLBACK_EMAIL + "?callbackUrl=" + encode(callbackUrl) + "&token="
				+ encode(token.getTokenValue()) + "&email=" + encode(email.value());
		MagicLink link = new MagicLink(email, url, token.getExpiresAt());
		this.sender.send(link);
		return link;
	}

	/**
	 * Signs in the address of a link that was used: the user with that email gets {@code emailVerified} set, or is
	 * created, and a new session starts, in one transaction.
	 * @param email the address of the link
	 * @param authentication what the login filter authenticated, with its factors
	 * @param request the request of the sign-in, whose previous session ends
	 * @param response its response, which gets the new session's cookie
	 * @return the signed-in user
	 * @throws InvalidSignInLinkException if the user was deleted while signing in
	 */
	public AdapterUser signIn(EmailAddress email, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		Instant now = this.clock.instant();
		try {
			return this.transaction.execute(() -> signInVerified(email, now, authentication, request, response));
		}
		catch (EmailAlreadyInUseException ex) {
			// Two links for the same new address were used at once, and the other request created the user. Its
			// insert is committed once ours has failed on it, so a second attempt finds the user.
			return this.transaction.execute(() -> signInVerified(email, now, authentication, request, response));
		}
	}

	private AdapterUser signInVerified(EmailAddress email, Instant now, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response) {
		AdapterUser user = verifiedUser(email, now);
		this.sessions.start(SignIn.of(user, SignInMethod.EMAIL, SignInMethod.EMAIL.value(), authentication), request,
				response);
		return user;
	}

	private AdapterUser verifiedUser(EmailAddress address, Instant now) {
		AdapterUser existing = this.adapter.getUserByEmail(address.value()).orElse(null);
		if (existing == null) {
			return this.adapter.createUser(new AdapterUser(null, null, address.value(), now, null));
		}
		return this.adapter.updateUser(UserUpdate.of(requireId(existing)).withEmailVerified(now))
			.orElseThrow(() -> new InvalidSignInLinkException("The account was deleted while signing in"));
	}

	private static String requireId(AdapterUser user) {
		String id = user.id();
		if (id == null) {
			throw new IllegalStateException("A stored user always has an id");
		}
		return id;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
