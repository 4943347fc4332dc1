package io.github.authadapter.jpa;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names by which the constraints of the Auth.js tables are told, Prisma's under tables that {@code @@map} renames
 * among them.
 */
class SchemaConstraintTests {

	@ParameterizedTest
	@CsvSource({ "auth_users_email_key, USER_EMAIL", "accounts_provider_provider_account_id_key, PROVIDER_ACCOUNT",
			"oauth_provider_providerAccountId_key, PROVIDER_ACCOUNT", "auth_sessions_session_token_key, SESSION_TOKEN",
			"app_sessions_sessionToken_key, SESSION_TOKEN", "verificationtokens_identifier_token_key, VERIFICATION_TOKEN",
			"auth_verification_tokens_token_key, VERIFICATION_TOKEN", "auth_accounts_user_id_fkey, USER_REFERENCE",
			"app_sessions_userId_fkey, USER_REFERENCE", "USER_EMAIL_KEY, USER_EMAIL" })
	void prismasNamesUnderRenamedTablesAreTold(String name, SchemaConstraint constraint) {
		assertThat(SchemaConstraint.named(name)).contains(constraint);
	}

	@ParameterizedTest
	@ValueSource(strings = { "users_phone_key", "email_key", "_email_key", "orders_pkey", "accounts_user_fk" })
	void otherNamesAreNotTold(String name) {
		assertThat(SchemaConstraint.named(name)).isEmpty();
	}

}
