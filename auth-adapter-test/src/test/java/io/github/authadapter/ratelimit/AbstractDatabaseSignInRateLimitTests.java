package io.github.authadapter.ratelimit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits on sign-in mails with their buckets in the database, the default without Redis. Subclasses choose the
 * database.
 */
abstract class AbstractDatabaseSignInRateLimitTests extends AbstractSignInRateLimitTests {

	@Test
	void bucketsThatAreFullAgainAreDeletedAndNoBucketNamesTheAddress() {
		jdbc().update("INSERT INTO auth_adapter_rate_limits (id, state, expires_at) VALUES (?, NULL, ?)",
				"address:expired", System.currentTimeMillis() - 1_000);
		askForLink("tidy@mail.example");
		assertThat(jdbc().queryForList("SELECT id FROM auth_adapter_rate_limits", String.class))
			.doesNotContain("address:expired")
			.noneMatch((id) -> id.contains("tidy"))
			.allMatch((id) -> id.matches("(address|client):[0-9a-f]{64}"))
			.contains(new RateLimitKeys(SECRET).address("tidy@mail.example"))
			.doesNotContain(unkeyedName("address", "tidy@mail.example"));
	}

}
