package io.github.authadapter.autoconfigure;

import java.time.Duration;

import io.github.authadapter.email.EmailSignIn;
import io.github.authadapter.email.SignInLinkLimits;
import io.github.authadapter.ratelimit.RedisSignInLinkRateLimiter;
import io.github.authadapter.session.SessionLifetime;
import io.github.authadapter.web.PageLocations;
import org.junit.jupiter.api.Test;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defaults that {@code additional-spring-configuration-metadata.json} shows in IDEs are the ones the code uses:
 * the metadata processor cannot read defaults that are constants of another class.
 */
class ConfigurationMetadataDefaultsTests {

	@Test
	void documentedDefaultsAreTheDefaultsInUse() throws Exception {
		String metadata = new ClassPathResource("META-INF/additional-spring-configuration-metadata.json")
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(duration(metadata, "auth.adapter.session.max-age")).isEqualTo(SessionLifetime.DEFAULT_MAX_AGE);
		assertThat(duration(metadata, "auth.adapter.session.update-age")).isEqualTo(SessionLifetime.DEFAULT_UPDATE_AGE);
		assertThat(duration(metadata, "auth.adapter.email.max-age")).isEqualTo(EmailSignIn.DEFAULT_LINK_MAX_AGE);
		assertThat(number(metadata, "auth.adapter.email.max-live-links"))
			.isEqualTo(SignInLinkLimits.DEFAULT_MAX_LIVE_LINKS);
		assertThat(number(metadata, "auth.adapter.email.rate-limit.per-address.capacity"))
			.isEqualTo(AuthAdapterEmailProperties.RateLimit.DEFAULT_PER_ADDRESS_CAPACITY);
		assertThat(duration(metadata, "auth.adapter.email.rate-limit.per-address.period"))
			.isEqualTo(AuthAdapterEmailProperties.RateLimit.DEFAULT_PERIOD);
		assertThat(number(metadata, "auth.adapter.email.rate-limit.per-client.capacity"))
			.isEqualTo(AuthAdapterEmailProperties.RateLimit.DEFAULT_PER_CLIENT_CAPACITY);
		assertThat(duration(metadata, "auth.adapter.email.rate-limit.per-client.period"))
			.isEqualTo(AuthAdapterEmailProperties.RateLimit.DEFAULT_PERIOD);
		assertThat(value(metadata, "auth.adapter.email.rate-limit.redis-key-prefix"))
			.isEqualTo(RedisSignInLinkRateLimiter.DEFAULT_KEY_PREFIX);
		assertThat(value(metadata, "auth.adapter.pages.sign-in")).isEqualTo(PageLocations.defaults().signIn());
		assertThat(value(metadata, "auth.adapter.pages.verify-request"))
			.isEqualTo(PageLocations.defaults().verifyRequest());
	}

	private static Duration duration(String metadata, String name) {
		return DurationStyle.detectAndParse(value(metadata, name));
	}

	private static int number(String metadata, String name) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile("\"name\": \"" + java.util.regex.Pattern.quote(name) + "\",\\s*\"defaultValue\": (\\d+)")
			.matcher(metadata);
		assertThat(matcher.find()).as("a default for " + name).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static String value(String metadata, String name) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile("\"name\": \"" + java.util.regex.Pattern.quote(name) + "\",\\s*\"defaultValue\": \"([^\"]*)\"")
			.matcher(metadata);
		assertThat(matcher.find()).as("a default for " + name).isTrue();
		return matcher.group(1);
	}

}
