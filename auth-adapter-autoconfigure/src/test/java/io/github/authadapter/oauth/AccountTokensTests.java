package io.github.authadapter.oauth;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.github.authadapter.AdapterAccount;
import org.junit.jupiter.api.Test;

import org.springframework.security.config.oauth2.client.CommonOAuth2Provider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AccountTokens}.
 */
class AccountTokensTests {

	private final ClientRegistration github = CommonOAuth2Provider.GITHUB.getBuilder("github")
		.clientId("id")
		.clientSecret("secret")
		.build();

	private final AdapterAccount account = new AdapterAccount("7", "oauth", "github", "42", "refresh-1", "access-1",
			1_800_000_000L, "bearer", "read:user user:email", "id-1", "state-1");

	@Test
	void theAccountsTokensBecomeAnAuthorizedClientOfTheUser() {
		OAuth2AuthorizedClient client = AccountTokens.toClient(this.github, "7", this.account);

		assertThat(client.getPrincipalName()).isEqualTo("7");
		assertThat(client.getAccessToken().getTokenValue()).isEqualTo("access-1");
		assertThat(client.getAccessToken().getExpiresAt()).isEqualTo(Instant.ofEpochSecond(1_800_000_000L));
		assertThat(client.getAccessToken().getScopes()).containsExactly("read:user", "user:email");
		assertThat(client.getRefreshToken().getTokenValue()).isEqualTo("refresh-1");
	}

	@Test
	void aRefreshWithoutANewRefreshTokenKeepsTheCurrentOneAndTheIdToken() {
		OAuth2AccessToken refreshed = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-2",
				Instant.ofEpochSecond(1_900_000_000L), Instant.ofEpochSecond(1_900_000_300L));

		AdapterAccount updated = AccountTokens.withTokensOf(this.account,
				new OAuth2AuthorizedClient(this.github, "7", refreshed, null));

		assertThat(updated).isEqualTo(new AdapterAccount("7", "oauth", "github", "42", "refresh-1", "access-2",
				1_900_000_300L, "bearer", "read:user user:email", "id-1", "state-1"));
	}

	@Test
	void aTokenThatExpiresWithinAMinuteIsDueForARefresh() {
		Clock twoMinutesBefore = Clock.fixed(Instant.ofEpochSecond(1_800_000_000L - 120), ZoneOffset.UTC);
		Clock halfAMinuteBefore = Clock.fixed(Instant.ofEpochSecond(1_800_000_000L - 30), ZoneOffset.UTC);

		assertThat(AccountTokens.expiresSoon(this.account, twoMinutesBefore)).isFalse();
		assertThat(AccountTokens.expiresSoon(this.account, halfAMinuteBefore)).isTrue();
		assertThat(AccountTokens.expiresSoon(AccountTokens.withoutTokens(this.account), halfAMinuteBefore)).isFalse();
	}

}
