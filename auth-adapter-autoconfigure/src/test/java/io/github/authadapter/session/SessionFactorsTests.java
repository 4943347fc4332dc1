package io.github.authadapter.session;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.authority.FactorGrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed cookie of a session's factors: it gives its factors back only to the session it was signed for, and
 * with the secret it was signed with.
 */
class SessionFactorsTests {

	private static final Instant ISSUED = Instant.parse("2030-01-02T03:04:05Z");

	private final SessionFactors factors = new SessionFactors("test-secret-of-thirty-two-bytes-or-more");

	@Test
	void givesItsFactorsBackToItsSession() {
		String value = this.factors.sign("session-1", List.of(factor("FACTOR_OTT", ISSUED),
				factor("FACTOR_AUTHORIZATION_CODE", ISSUED.plusSeconds(60))));

		assertThat(this.factors.verify("session-1", value)).extracting(FactorGrantedAuthority::getAuthority,
				FactorGrantedAuthority::getIssuedAt)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("FACTOR_OTT", ISSUED),
					org.assertj.core.groups.Tuple.tuple("FACTOR_AUTHORIZATION_CODE", ISSUED.plusSeconds(60)));
		assertThat(value).doesNotContain("session-1");
	}

	@Test
	void ofOneAuthorityTwiceKeepsTheLaterIssued() {
		String value = this.factors.sign("session-1",
				List.of(factor("FACTOR_OTT", ISSUED.plusSeconds(5)), factor("FACTOR_OTT", ISSUED)));

		assertThat(this.factors.verify("session-1", value)).singleElement()
			.extracting(FactorGrantedAuthority::getIssuedAt)
			.isEqualTo(ISSUED.plusSeconds(5));
	}

	@Test
	void signsNothingWithoutFactors() {
		assertThat(this.factors.sign("session-1", List.of())).isNull();
		assertThat(this.factors.sign("session-1", List.of(factor("ROLE_ADMIN", ISSUED)))).isNull();
	}

	@Test
	void refusesTheFactorsOfAnotherSession() {
		String value = this.factors.sign("session-1", List.of(factor("FACTOR_OTT", ISSUED)));

		assertThat(this.factors.verify("session-2", value)).isEmpty();
	}

	@Test
	void refusesFactorsSignedWithAnotherSecret() {
		String value = new SessionFactors("other-secret").sign("session-1", List.of(factor("FACTOR_OTT", ISSUED)));

		assertThat(this.factors.verify("session-1", value)).isEmpty();
	}

	@Test
	void refusesAlteredAndMalformedValues() {
		String value = this.factors.sign("session-1", List.of(factor("FACTOR_OTT", ISSUED)));
		String mac = value.substring(value.lastIndexOf('.') + 1);

		assertThat(this.factors.verify("session-1", value.replace("FACTOR_OTT", "FACTOR_WEBAUTHN"))).isEmpty();
		assertThat(this.factors.verify("session-1", "FACTOR_WEBAUTHN:" + ISSUED.getEpochSecond() + "." + mac))
			.isEmpty();
		assertThat(this.factors.verify("session-1", "FACTOR_OTT:" + ISSUED.getEpochSecond() + "." + mac
				+ ".FACTOR_WEBAUTHN:1." + mac)).isEmpty();
		assertThat(this.factors.verify("session-1", mac)).isEmpty();
		assertThat(this.factors.verify("session-1", "")).isEmpty();
		assertThat(this.factors.verify("session-1", null)).isEmpty();
		assertThat(this.factors.verify("session-1", "x".repeat(SessionFactors.MAX_LENGTH + 1))).isEmpty();
	}

	@Test
	void hidesTheSecret() {
		assertThat(this.factors).hasToString("SessionFactors[secret hidden]");
	}

	private static FactorGrantedAuthority factor(String authority, Instant issuedAt) {
		return FactorGrantedAuthority.withAuthority(authority).issuedAt(issuedAt).build();
	}

}
