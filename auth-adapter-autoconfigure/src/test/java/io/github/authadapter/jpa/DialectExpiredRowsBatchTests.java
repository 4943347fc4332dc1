package io.github.authadapter.jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.VerificationToken;
import io.github.authadapter.autoconfigure.AuthAdapterAutoConfiguration;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch statements that run on H2: the H2 dialect's, and the standard one of the dialect for databases the starter
 * knows nothing of. The tables and columns are renamed, so that the statements must take their names from the mapping.
 */
class DialectExpiredRowsBatchTests {

	private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, AuthAdapterAutoConfiguration.class))
		.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "auth.adapter.schema.naming=snake_case",
				"auth.adapter.schema.tables.sessions=app_sessions",
				"auth.adapter.schema.tables.verification-tokens=app_tokens");

	static List<Named<DatabaseDialect>> dialectsThatRunOnH2() {
		return List.of(Named.of("H2's", new H2DatabaseDialect()),
				Named.of("the standard", new StandardDatabaseDialect("H2")));
	}

	@ParameterizedTest
	@MethodSource("dialectsThatRunOnH2")
	void deletesBatchesOfAtMostTheLimitAndNoLiveRow(DatabaseDialect dialect) {
		this.contextRunner.run((context) -> {
			Adapter adapter = context.getBean(Adapter.class);
			AdapterUser user = adapter.createUser(AdapterUser.withEmail("batch@example.com"));
			for (int i = 0; i < 5; i++) {
				adapter.createSession(new AdapterSession("expired-" + i, user.id(), NOW.minusMillis(1)));
				adapter.createVerificationToken(new VerificationToken("batch@example.com", "expired-" + i,
						NOW.minusMillis(1)));
			}
			adapter.createSession(new AdapterSession("live", user.id(), NOW));
			adapter.createVerificationToken(new VerificationToken("batch@example.com", "live", NOW));
			EntityManagerFactory entityManagerFactory = context.getBean(EntityManagerFactory.class);
			SessionFactoryImplementor sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
			TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

			for (ExpiringTable table : List.of(
					ExpiringTable.of("sessions", sessionFactory, SessionEntity.class, dialect),
					ExpiringTable.of("verification_tokens", sessionFactory, VerificationTokenEntity.class,
							dialect))) {
				List<Integer> batches = new ArrayList<>();
				for (int i = 0; i < 4; i++) {
					batches.add(transaction.execute((status) -> table.deleteBatch(
							SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory), NOW, 2)));
				}
				assertThat(batches).as(table.name()).containsExactly(2, 2, 1, 0);
			}
			assertThat(adapter.getSessionAndUser("live")).isPresent();
			assertThat(adapter.getSessionAndUser("expired-0")).isEmpty();
			assertThat(adapter.useVerificationToken("batch@example.com", "live")).isPresent();
		});
	}

}
