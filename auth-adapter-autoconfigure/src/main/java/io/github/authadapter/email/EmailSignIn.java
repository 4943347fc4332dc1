package io.github.authadapter.email;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import java.util.List;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.EmailAlreadyInUseException;
import io.github.authadapter.UserUpdate;
import io.github.authadapter.VerificationToken;
import io.github.authadapter.ratelimit.SignInLinkRateLimitException;
import io.github.authadapter.web.AuthRoutes;
import io.github.authadapter.web.SecureTokens;
import io.github.authadapter.web.SignIn;
import io.github.authadapter.web.SignInFailedEvent;
import io.github.authadapter.web.SignInMethod;
import io.github.authadapter.web.SignInSessions;
import io.github.authadapter.web.SignInSucceededEvent;
import io.github.authadapter.web.SignInTransaction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * Sign-in by email as Auth.js's email provider does it: a link with a single-use token, stored only as a hash, that
 * creates or verifies the user and starts a database session when used. Each use of a link publishes a
 * {@link SignInSucceededEvent} or a {@link SignInFailedEvent}.
 */
public class EmailSignIn implements ApplicationEventPublisherAware {

	/**
	 * Auth.js's default lifetime of a sign-in link: 24 hours.
	 */
	public static final Duration DEFAULT_LINK_MAX_AGE = Duration.ofHours(24);

	private final Adapter adapter;

	private final VerificationTokenHasher hasher;

	private final MagicLinkSender sender;

	private final SecureTokens tokens;

	private final SignInSessions sessions;

	private final Duration linkMaxAge;

	private final Clock clock;

	private ApplicationEventPublisher events = (event) -> {
	};

	private final SignInTransaction transaction;

	private final SignInLinkLimits limits;

	/**
	 * Creates the sign-in.
	 * @param sessions starts the session of a link's address
	 * @param transaction how the new user and session are written as one unit
	 * @param limits how many links may be sent, and how many of one address work at once
	 */
	public EmailSignIn(Adapter adapter, VerificationTokenHasher hasher, MagicLinkSender sender, SecureTokens tokens,
			SignInSessions sessions, Duration linkMaxAge, Clock clock, SignInTransaction transaction,
			SignInLinkLimits limits) {
		if (linkMaxAge == null || linkMaxAge.isNegative() || linkMaxAge.isZero()) {
			throw new IllegalArgumentException("linkMaxAge must be positive, but was " + linkMaxAge
					+ "; set auth.adapter.email.max-age to a duration such as 24h");
		}
		this.adapter = adapter;
		this.hasher = hasher;
		this.sender = sender;
		this.tokens = tokens;
		this.sessions = sessions;
		this.linkMaxAge = linkMaxAge;
		this.clock = clock;
		this.transaction = transaction;
		this.limits = limits;
	}

	@Override
	public void setApplicationEventPublisher(ApplicationEventPublisher events) {
		this.events = events;
	}

	/**
	 * Stores a new verification token for the address and sends the link that carries it, within the limits: the
	 * oldest links of the address beyond the most that may work at once stop working.
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
		this.limits.rateLimiter().acquire(email.value(), client);
		String token = this.tokens.next();
		Instant expires = this.clock.instant().plus(this.linkMaxAge);
		this.adapter.createVerificationToken(new VerificationToken(email.value(), this.hasher.hash(token), expires));
		this.limits.liveLinks().deleteAllButNewest(email.value(), this.limits.maxLiveLinks());
		String url = baseUrl + AuthRoutes.CALLBACK_EMAIL + "?callbackUrl=" + encode(callbackUrl) + "&token="
				+ encode(token) + "&email=" + encode(email.value());
		MagicLink link = new MagicLink(email, url, expires);
		this.sender.send(link);
		return link;
	}

	/**
	 * Consumes the token of a link and signs its address in: the user with that email gets {@code emailVerified}
	 * set, or is created, and a new session starts.
	 * @param email the {@code email} parameter of the link
	 * @param token the {@code token} parameter of the link
	 * @param request the request of the sign-in, whose previous session ends
	 * @param response its response, which gets the new session's cookie
	 * @return the signed-in user
	 * @throws InvalidSignInLinkException if the link was used, expired, altered or never issued
	 */
	public AdapterUser signIn(String email, String token, HttpServletRequest request, HttpServletResponse response) {
		try {
			return startSession(email, token, request, response);
		}
		catch (InvalidSignInLinkException ex) {
			this.events.publishEvent(SignInFailedEvent.byEmail(ex.getReason()));
			throw ex;
		}
	}

	private AdapterUser startSession(String email, String token, HttpServletRequest request,
			HttpServletResponse response) {
		EmailAddress address;
		try {
			address = EmailAddress.parse(email);
		}
		catch (InvalidEmailAddressException ex) {
			throw new InvalidSignInLinkException("The link's email parameter is not an email address");
		}
		if (token == null || token.isBlank()) {
			throw new InvalidSignInLinkException("The link has no token");
		}
		VerificationToken used = this.adapter.useVerificationToken(address.value(), this.hasher.hash(token))
			.orElseThrow(() -> new InvalidSignInLinkException("The link was already used, or never issued"));
		Instant now = this.clock.instant();
		if (!used.expires().isAfter(now)) {
			throw new InvalidSignInLinkException(InvalidSignInLinkException.EXPIRED_LINK,
					"The link expired at " + used.expires());
		}
		try {
			return this.transaction.execute(() -> signInVerified(address, now, request, response));
		}
		catch (EmailAlreadyInUseException ex) {
			// Two links for the same new address were used at once, and the other request created the user. Its
			// insert is committed once ours has failed on it, so a second attempt finds the user.
			return this.transaction.execute(() -> signInVerified(address, now, request, response));
		}
	}

	private AdapterUser signInVerified(EmailAddress address, Instant now, HttpServletRequest request,
			HttpServletResponse response) {
		AdapterUser user = verifiedUser(address, now);
		this.sessions.start(new SignIn(user, SignInMethod.EMAIL, SignInMethod.EMAIL.value(),
				List.of(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.OTT_AUTHORITY).issuedAt(now).build())),
				request, response);
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
