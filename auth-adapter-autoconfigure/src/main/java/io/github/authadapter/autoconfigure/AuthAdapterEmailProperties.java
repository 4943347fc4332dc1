package io.github.authadapter.autoconfigure;

import java.time.Duration;

import io.github.authadapter.email.EmailSignIn;
import io.github.authadapter.email.SignInLinkLimits;
import io.github.authadapter.ratelimit.RedisSignInLinkRateLimiter;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of sign-in by email.
 */
@ConfigurationProperties("auth.adapter.email")
public class AuthAdapterEmailProperties {

	/**
	 * The default subject of sign-in emails.
	 */
	public static final String DEFAULT_SUBJECT = "Your sign-in link";

	/**
	 * Whether to offer sign-in by email magic link.
	 */
	private boolean enabled = true;

	/**
	 * Time after which a sign-in link stops working, Auth.js's maxAge of the email provider.
	 */
	private Duration maxAge = EmailSignIn.DEFAULT_LINK_MAX_AGE;

	/**
	 * Sender address of sign-in emails. When not set, the mail server's default is used.
	 */
	private @Nullable String from;

	/**
	 * Subject of sign-in emails.
	 */
	private String subject = DEFAULT_SUBJECT;

	/**
	 * How many sign-in links of one address work at once. Asking for one more deletes the oldest, so a link that
	 * leaked from an old mail stops working.
	 */
	private int maxLiveLinks = SignInLinkLimits.DEFAULT_MAX_LIVE_LINKS;

	/**
	 * Whether to write live sign-in links to the log when there is no mail server and no MagicLinkSender bean.
	 * Anyone who can read the log can then sign in as anyone. The dev profile does so without it; anywhere else,
	 * without a way to deliver links, the application fails to start.
	 */
	private boolean logLinks;

	private final RateLimit rateLimit = new RateLimit();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Duration getMaxAge() {
		return this.maxAge;
	}

	public void setMaxAge(Duration maxAge) {
		this.maxAge = maxAge;
	}

	public @Nullable String getFrom() {
		return this.from;
	}

	public void setFrom(@Nullable String from) {
		this.from = from;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public int getMaxLiveLinks() {
		return this.maxLiveLinks;
	}

	public void setMaxLiveLinks(int maxLiveLinks) {
		this.maxLiveLinks = maxLiveLinks;
	}

	public boolean isLogLinks() {
		return this.logLinks;
	}

	public void setLogLinks(boolean logLinks) {
		this.logLinks = logLinks;
	}

	public RateLimit getRateLimit() {
		return this.rateLimit;
	}

	/**
	 * Limits on how many sign-in links are sent, kept in a store that every instance of the application shares: its
	 * database, or Redis.
	 */
	public static class RateLimit {

		/**
		 * The default of how many links one address receives per period: enough for a user who asks again because
		 * the first mail is slow, too few to flood an inbox.
		 */
		public static final int DEFAULT_PER_ADDRESS_CAPACITY = 3;

		/**
		 * The default of how many links one client asks for per period, for any addresses: a household or an office
		 * behind one address signing in at once, but not a script mailing a list of strangers.
		 */
		public static final int DEFAULT_PER_CLIENT_CAPACITY = 20;

		/**
		 * The default period of both limits.
		 */
		public static final Duration DEFAULT_PERIOD = Duration.ofMinutes(10);

		/**
		 * Whether to limit how many sign-in links are sent, per address and per client.
		 */
		private boolean enabled = true;

		/**
		 * Where the counts are kept: auto (in Redis when the application has a Lettuce Redis connection factory, else
		 * in the database), database or redis.
		 */
		private Store store = Store.AUTO;

		/**
		 * Prefix of the keys of the counts in Redis, so that they stay apart from the application's other keys.
		 */
		private String redisKeyPrefix = RedisSignInLinkRateLimiter.DEFAULT_KEY_PREFIX;

		/**
		 * Limit per email address, however many clients ask for it.
		 */
		private final Limit perAddress = new Limit(DEFAULT_PER_ADDRESS_CAPACITY, DEFAULT_PERIOD);

		/**
		 * Limit per client network address, the request's remote address. Behind a proxy this is the proxy's
		 * address unless server.forward-headers-strategy is set, and every user would share one limit.
		 */
		private final Limit perClient = new Limit(DEFAULT_PER_CLIENT_CAPACITY, DEFAULT_PERIOD);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Store getStore() {
			return this.store;
		}

		public void setStore(Store store) {
			this.store = store;
		}

		public String getRedisKeyPrefix() {
			return this.redisKeyPrefix;
		}

		public void setRedisKeyPrefix(String redisKeyPrefix) {
			this.redisKeyPrefix = redisKeyPrefix;
		}

		public Limit getPerAddress() {
			return this.perAddress;
		}

		public Limit getPerClient() {
			return this.perClient;
		}

	}

	/**
	 * Where the counts of the limits on sign-in links are kept.
	 */
	public enum Store {

		/**
		 * In Redis when the application has a Lettuce Redis connection factory, else in the database.
		 */
		AUTO,

		/**
		 * In the table {@code auth_adapter_rate_limits} of the application's database.
		 */
		DATABASE,

		/**
		 * In Redis, through the application's Lettuce Redis connection factory, which must exist.
		 */
		REDIS

	}

	/**
	 * At most a capacity of sign-in links in each period.
	 */
	public static class Limit {

		/**
		 * How many sign-in links may be sent in each period.
		 */
		private int capacity;

		/**
		 * Time after which the full capacity is available again.
		 */
		private Duration period;

		Limit(int capacity, Duration period) {
			this.capacity = capacity;
			this.period = period;
		}

		public int getCapacity() {
			return this.capacity;
		}

		public void setCapacity(int capacity) {
			this.capacity = capacity;
		}

		public Duration getPeriod() {
			return this.period;
		}

		public void setPeriod(Duration period) {
			this.period = period;
		}

		io.github.authadapter.ratelimit.RateLimit toRateLimit() {
			return new io.github.authadapter.ratelimit.RateLimit(this.capacity, this.period);
		}

	}

}
