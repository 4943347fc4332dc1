package io.github.authadapter.email;

import java.time.Clock;
import java.time.Instant;

import io.github.authadapter.Adapter;
import io.github.authadapter.VerificationToken;
import io.github.authadapter.ratelimit.SignInLinkRateLimitException;
import io.github.authadapter.web.SecureTokens;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;

/**
 * Spring Security's one-time tokens kept as Auth.js keeps the tokens of sign-in links: in the
 * {@code verification_token} table of the {@link Adapter}, under the address, as {@code SHA-256(token + secret)}. So a
 * link issued by an Auth.js app with the same secret works here, and the other way round.
 * <p>
 * {@link #generate} counts the link against the rate limits before anything is stored, and then deletes the
 * address's oldest links beyond those that may work at once. {@link #consume} uses the token through
 * {@link Adapter#useVerificationToken}, which deletes it in one atomic statement: of two uses at once, one gets it.
 * It needs the address with the token, so it takes a {@link SignInLinkAuthenticationToken}.
 */
public final class AuthJsOneTimeTokenService implements OneTimeTokenService {

	/**
	 * The client that the rate limits count for a request that names none: all such requests share its limit.
	 */
	public static final String UNKNOWN_CLIENT = "unknown";

	private static final Log logger = LogFactory.getLog(AuthJsOneTimeTokenService.class);

	private final Adapter adapter;

	private final VerificationTokenHasher hasher;

	private final SecureTokens tokens;

	private final SignInLinkLimits limits;

	private final Clock clock;

	/**
	 * Creates the service.
	 * @param hasher turns a token into what the table stores
	 * @param tokens makes the tokens
	 * @param limits how many links may be sent, and how many of one address work at once
	 */
	public AuthJsOneTimeTokenService(Adapter adapter, VerificationTokenHasher hasher, SecureTokens tokens,
			SignInLinkLimits limits, Clock clock) {
		this.adapter = adapter;
		this.hasher = hasher;
		this.tokens = tokens;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * Stores a new token for the address of the request.
	 * @return the token, whose value goes into the link
	 * @throws SignInLinkRateLimitException if the address or the client asked for too many links, and nothing was
	 * stored
	 * @throws InvalidEmailAddressException if the request is no {@link SignInLinkRequest} and its username is not an
	 * email address
	 */
	@Override
	public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
		EmailAddress email = (request instanceof SignInLinkRequest link) ? link.getEmail()
				: EmailAddress.parse(request.getUsername());
		String client = (request instanceof SignInLinkRequest link) ? link.getClient() : UNKNOWN_CLIENT;
		this.limits.rateLimiter().acquire(email.value(), client);
		String token = this.tokens.next();
		Instant expires = this.clock.instant().plus(request.getExpiresIn());
		this.adapter.createVerificationToken(new VerificationToken(email.value(), this.hasher.hash(token), expires));
		this.limits.liveLinks().deleteAllButNewest(email.value(), this.limits.maxLiveLinks());
		return new DefaultOneTimeToken(token, email.value(), expires);
	}

	/**
	 * Uses up the token of a link.
	 * @return the token, with the normalised address as its username; or null when the link was used already, was
	 * altered or never issued
	 * @throws InvalidSignInLinkException with {@link InvalidSignInLinkException#EXPIRED_LINK} when it has expired
	 */
	@Override
	public @Nullable OneTimeToken consume(OneTimeTokenAuthenticationToken authenticationToken) {
		String token = authenticationToken.getTokenValue();
		if (!(authenticationToken instanceof SignInLinkAuthenticationToken link)) {
			logger.debug("A sign-in link's token is looked up with its address: convert the request into a "
					+ "SignInLinkAuthenticationToken");
			return null;
		}
		if (token == null || token.isBlank()) {
			return null;
		}
		EmailAddress address;
		try {
			address = EmailAddress.parse(link.getEmail());
		}
		catch (InvalidEmailAddressException ex) {
			return null;
		}
		VerificationToken used = this.adapter.useVerificationToken(address.value(), this.hasher.hash(token))
			.orElse(null);
		if (used == null) {
			return null;
		}
		if (!used.expires().isAfter(this.clock.instant())) {
			throw new InvalidSignInLinkException(InvalidSignInLinkException.EXPIRED_LINK,
					"The link expired at " + used.expires());
		}
		return new DefaultOneTimeToken(token, address.value(), used.expires());
	}

}
