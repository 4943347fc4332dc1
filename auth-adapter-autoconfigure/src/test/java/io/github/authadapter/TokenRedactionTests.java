package io.github.authadapter;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.authadapter.email.EmailAddress;
import io.github.authadapter.email.EmailSignInPages;
import io.github.authadapter.email.MagicLink;
import io.github.authadapter.jpa.SecretStringJavaType;
import io.github.authadapter.jpa.VerificationTokenId;
import io.github.authadapter.oauth.ProviderAccount;
import io.github.authadapter.session.AdapterSessionAuthentication;
import io.github.authadapter.session.SessionTokenAuthenticationToken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every type that holds a token keeps it out of {@code toString()}, and keeps its other fields in it.
 */
class TokenRedactionTests {

	private static final String TOKEN = "3f1c0ffee-very-secret-token";

	private static final Instant EXPIRES = Instant.parse("2030-01-01T00:00:00Z");

	private final AdapterSession session = new AdapterSession(TOKEN, "7", EXPIRES, Map.of("device", "laptop"));

	@Test
	void theModelRecordsHideTheirTokens() {
		AdapterUser user = new AdapterUser("7", "Ada", "ada@example.com", null, null);
		AdapterAccount account = new AdapterAccount("7", "oidc", "idp", "ada", TOKEN + "-refresh", TOKEN + "-access",
				1_900_000_000L, "bearer", "openid", TOKEN + "-id", "state");

		assertThat(this.session).hasToString(
				"AdapterSession[userId=7, expires=2030-01-01T00:00:00Z, attributes={device=laptop}, sessionToken hidden]");
		assertThat(new VerificationToken("ada@example.com", TOKEN, EXPIRES))
			.hasToString("VerificationToken[identifier=ada@example.com, expires=2030-01-01T00:00:00Z, token hidden]");
		assertThat(new SessionUpdate(TOKEN, EXPIRES))
			.hasToString("SessionUpdate[expires=2030-01-01T00:00:00Z, sessionToken hidden]");
		assertThat(account).hasToString("AdapterAccount[userId=7, type=oidc, provider=idp, providerAccountId=ada, "
				+ "attributes={}, tokens hidden]");
		assertThat(new SessionAndUser(this.session, user).toString()).doesNotContain(TOKEN)
			.contains("ada@example.com", "sessionToken hidden");
	}

	@Test
	void theSignInTypesHideTheirTokens() {
		List<Object> holders = List.of(
				new MagicLink(EmailAddress.parse("ada@example.com"),
						"https://example.com/api/auth/callback/email?token=" + TOKEN, EXPIRES),
				new EmailSignInPages.ConfirmForm("/api/auth/callback/email", "_csrf", "csrf", "ada@example.com", TOKEN,
						"/"),
				new ProviderAccount("oidc", "idp", "ada", TOKEN, TOKEN, null, "bearer", "openid", TOKEN, null),
				new SessionTokenAuthenticationToken(TOKEN),
				new AdapterSessionAuthentication(new AdapterUser("7", "Ada", "ada@example.com", null, null),
						this.session, false),
				new VerificationTokenId("ada@example.com", TOKEN));

		assertThat(holders).allSatisfy((holder) -> assertThat(holder.toString()).doesNotContain(TOKEN));
		assertThat(holders.get(0).toString()).contains("ada@example.com");
		assertThat(holders.get(2).toString()).contains("providerAccountId=ada");
		assertThat(holders.get(5)).hasToString("VerificationTokenId[identifier=ada@example.com, token hidden]");
	}

	@Test
	void hibernatePrintsSecretColumnsAsHidden() {
		SecretStringJavaType type = new SecretStringJavaType();

		assertThat(type.extractLoggableRepresentation(TOKEN)).isEqualTo("[hidden]");
		assertThat(type.extractLoggableRepresentation(null)).isEqualTo("null");
		assertThat(type.fromString(TOKEN)).isEqualTo(TOKEN);
	}

	@Test
	void aDuplicateTokenIsReportedByFieldNotByValue() {
		assertThat(new TokenAlreadyExistsException("sessionToken"))
			.hasMessage("A sessionToken with this value exists already; tokens must be unique")
			.hasNoCause();
	}

}
