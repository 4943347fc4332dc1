package io.github.authadapter.jpa;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which dialect a database's product name and version choose, and how each dialect reads the names in its database's
 * violations. The dialects on their real databases are tested in the auth-adapter-test module.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseDialectTests {

	@Test
	void postgresqlHasItsOwnDialect() {
		DatabaseDialect dialect = DatabaseDialect.forDatabase("PostgreSQL", "15.20 (Debian 15.20-0+deb12u1)");
		assertThat(dialect).isInstanceOf(PostgresqlDatabaseDialect.class).hasToString("PostgreSQL");
		assertThat(dialect.migrationsLocation()).contains("classpath:db/auth-adapter/postgresql");
		assertThat(consumer(dialect)).isInstanceOf(NativeVerificationTokenConsumer.class);
	}

	@Test
	void mariadbSharesTheMigrationsOfMysqlAndDeletesTokensWithReturning() {
		DatabaseDialect dialect = DatabaseDialect.forDatabase("MariaDB", "10.11.19-MariaDB-0+deb12u1");
		assertThat(dialect).isInstanceOf(MysqlDatabaseDialect.class).hasToString("MariaDB");
		assertThat(dialect.migrationsLocation()).contains("classpath:db/auth-adapter/mysql");
		assertThat(consumer(dialect)).isInstanceOf(NativeVerificationTokenConsumer.class);
	}

	@Test
	void mariadbThroughTheDriverOfMysqlIsStillMariadb() {
		assertThat(DatabaseDialect.forDatabase("MySQL", "5.5.5-10.11.19-MariaDB-0+deb12u1")).hasToString("MariaDB");
	}

	@Test
	void mysqlLocksTheTokenItDeletes() {
		DatabaseDialect dialect = DatabaseDialect.forDatabase("MySQL", "8.0.36");
		assertThat(dialect).isInstanceOf(MysqlDatabaseDialect.class).hasToString("MySQL");
		assertThat(dialect.migrationsLocation()).contains("classpath:db/auth-adapter/mysql");
		assertThat(consumer(dialect)).isInstanceOf(LockingVerificationTokenConsumer.class);
	}

	@Test
	void h2HasItsOwnDialect() {
		DatabaseDialect dialect = DatabaseDialect.forDatabase("H2", "2.4.240 (2025-09-22)");
		assertThat(dialect).isInstanceOf(H2DatabaseDialect.class).hasToString("H2");
		assertThat(dialect.migrationsLocation()).contains("classpath:db/auth-adapter/h2");
		assertThat(consumer(dialect)).isInstanceOf(NativeVerificationTokenConsumer.class);
	}

	@Test
	void anyOtherDatabaseGetsStandardSqlWithAWarning(CapturedOutput output) {
		DatabaseDialect dialect = DatabaseDialect.forDatabase("Oracle", "Oracle Database 23ai");
		assertThat(dialect).isInstanceOf(StandardDatabaseDialect.class).hasToString("Oracle");
		assertThat(dialect.migrationsLocation()).isEmpty();
		assertThat(consumer(dialect)).isInstanceOf(LockingVerificationTokenConsumer.class);
		assertThat(output).contains("WARN")
			.contains("auth-adapter has no dialect for Oracle and uses standard SQL there")
			.contains("set auth.adapter.schema.initialize=never");
	}

	@Test
	void aKnownDatabaseIsChosenWithoutAWarning(CapturedOutput output) {
		DatabaseDialect.forDatabase("PostgreSQL", "15");
		assertThat(output).doesNotContain("no dialect");
	}

	@Test
	void mysqlReadsTheKeyOfADuplicateEntryWithOrWithoutItsTable() {
		DatabaseDialect mysql = DatabaseDialect.forDatabase("MySQL", "8.0.36");
		assertThat(mysql.constraintName("users.uq_users_email")).isEqualTo("uq_users_email");
		assertThat(mysql.constraintName("uq_users_email")).isEqualTo("uq_users_email");
		assertThat(mysql.isAnyPrimaryKey("PRIMARY")).isTrue();
		assertThat(mysql.isAnyPrimaryKey("pk_verification_token")).isFalse();
	}

	@Test
	void h2ReadsTheConstraintBeforeItsIndex() {
		DatabaseDialect h2 = DatabaseDialect.forDatabase("H2", "2.4.240");
		assertThat(h2.constraintName("PUBLIC.UQ_USERS_EMAIL INDEX PUBLIC.UQ_USERS_EMAIL_INDEX_4"))
			.isEqualTo("UQ_USERS_EMAIL");
		assertThat(h2.constraintName("PUBLIC.PK_VERIFICATION_TOKEN INDEX PUBLIC.PRIMARY_KEY_8"))
			.isEqualTo("PK_VERIFICATION_TOKEN");
		assertThat(h2.constraintName("FK_ACCOUNTS_USER")).isEqualTo("FK_ACCOUNTS_USER");
		assertThat(h2.isAnyPrimaryKey("PRIMARY")).isFalse();
	}

	@Test
	void schemaConstraintsAreMatchedByTheirWholeNameInAnyCase() {
		assertThat(SchemaConstraint.named("UQ_USERS_EMAIL")).contains(SchemaConstraint.USER_EMAIL);
		assertThat(SchemaConstraint.named("User_email_key")).contains(SchemaConstraint.USER_EMAIL);
		assertThat(SchemaConstraint.named("Session_userId_fkey")).contains(SchemaConstraint.USER_REFERENCE);
		assertThat(SchemaConstraint.named("verification_token_pkey")).contains(SchemaConstraint.VERIFICATION_TOKEN);
		assertThat(SchemaConstraint.named("uq_users_email_backup")).isEmpty();
		assertThat(SchemaConstraint.named("ck_users_email_fk")).isEmpty();
		assertThat(SchemaConstraint.named("PRIMARY")).isEmpty();
	}

	private static VerificationTokenConsumer consumer(DatabaseDialect dialect) {
		return dialect.verificationTokenConsumer(VerificationTokenEntity.class, "verification_token");
	}

}
