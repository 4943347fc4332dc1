package io.github.authadapter.autoconfigure;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.autoconfigure.custom.AppUser;
import io.github.authadapter.autoconfigure.legacy.LegacyMember;
import io.github.authadapter.autoconfigure.scan.Note;
import io.github.authadapter.jpa.AccountTokenReencryption;
import io.github.authadapter.jpa.JpaAdapter;
import io.github.authadapter.jpa.SchemaPreset;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AuthAdapterAutoConfiguration}.
 */
class AuthAdapterAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, FlywayAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
				AuthAdapterAutoConfiguration.class))
		// Without a URL, each context gets an embedded H2 database of its own.
		.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "spring.flyway.enabled=false");

	@Test
	void providesAJpaAdapterOnTheMigratedSchema() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(JpaAdapter.class);
			Adapter adapter = context.getBean(Adapter.class);
			AdapterUser user = adapter.createUser(AdapterUser.withEmail("ada@example.com"));
			assertThat(adapter.getUserByEmail("ada@example.com")).contains(user);
		});
	}

	@Test
	void recordsItsMigrationsInItsOwnHistoryTable() {
		this.contextRunner.run((context) -> {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForList("SELECT \"version\" FROM \"auth_adapter_schema_history\" WHERE \"version\" IS NOT NULL", String.class))
				.containsExactly("1", "2", "3", "4");
		});
	}

	@Test
	void usesTheConfiguredHistoryTable() {
		this.contextRunner.withPropertyValues("auth.adapter.schema.history-table=my_auth_history").run((context) -> {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"my_auth_history\" WHERE \"version\" = '1'", Integer.class)).isOne();
		});
	}

	@Test
	void backsOffWhenTheApplicationDefinesAnAdapter() {
		this.contextRunner.withUserConfiguration(OwnAdapterConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(Adapter.class);
			assertThat(context.getBeanNamesForType(Adapter.class)).containsExactly("ownAdapter");
			assertThat(context).doesNotHaveBean(AccountTokenReencryption.class);
		});
	}

	@Test
	void createsNoTablesWhenInitializationIsNeverAndStopsTheStartupForTheMissingTables() {
		this.contextRunner
			.withPropertyValues("auth.adapter.schema.initialize=never", "spring.jpa.hibernate.ddl-auto=none")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new SchemaMismatchFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription())
					.isEqualTo("The users table \"users\" is not in the database; found no tables.");
				assertThat(analysis.getAction()).contains("auth.adapter.schema.preset")
					.contains("auth.adapter.schema.tables.*");
			});
	}

	@Test
	void detectsTheStartersOwnSchemaOnAnEmptyDatabase() {
		this.contextRunner.withPropertyValues("auth.adapter.schema.preset=detect").run((context) -> {
			assertThat(context.getBean(AuthAdapterSchemaPreset.class).preset()).isEqualTo(SchemaPreset.AUTH_ADAPTER);
			AdapterUser user = context.getBean(Adapter.class).createUser(AdapterUser.withEmail("new@example.com"));
			assertThat(context.getBean(Adapter.class).getUser(user.id())).contains(user);
		});
	}

	@Test
	void runsBeforeTheApplicationsOwnFlywayMigrations() {
		// The application's V1 alters the users table, so it must run after the starter's V1, and its Flyway
		// must accept a schema that already holds the Auth.js tables.
		this.contextRunner
			.withPropertyValues("spring.flyway.enabled=true", "spring.flyway.locations=classpath:db/app-migration")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
				assertThat(jdbc.queryForList(
						"SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"",
						String.class))
					.containsExactly("0", "1");
				jdbc.update("INSERT INTO users (email, nickname) VALUES ('nick@example.com', 'Nick')");
				assertThat(context.getBean(Adapter.class).getUserByEmail("nick@example.com")).isPresent();
			});
	}

	@Test
	void leavesTheApplicationsFlywayToItsOwnMigrationStrategy() {
		this.contextRunner
			.withBean("ownStrategy", FlywayMigrationStrategy.class, () -> (flyway) -> {
			})
			.withPropertyValues("spring.flyway.enabled=true", "spring.flyway.locations=classpath:db/app-migration")
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(ApplicationFlywayMigrationStrategy.class);
				assertThat(context.getBean(JdbcTemplate.class)
					.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'flyway_schema_history'",
							Integer.class))
					.isZero();
			});
	}

	@Test
	void worksBesideTheApplicationsEntityScan() {
		this.contextRunner.withUserConfiguration(EntityScanConfiguration.class)
			.withPropertyValues("spring.flyway.enabled=true", "spring.flyway.locations=classpath:db/app-migration")
			.run((context) -> {
				EntityManagerFactory entityManagerFactory = context.getBean(EntityManagerFactory.class);
				new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(
						(status) -> SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory)
							.persist(new Note(1L, "hello")));
				AdapterUser user = context.getBean(Adapter.class).createUser(AdapterUser.withEmail("scan@example.com"));
				assertThat(context.getBean(Adapter.class).getUser(user.id())).contains(user);
			});
	}

	@Test
	void usesTheApplicationsOwnUserEntityInsteadOfTheDefault() {
		this.contextRunner.withUserConfiguration(CustomUserConfiguration.class)
			.withPropertyValues("spring.flyway.enabled=true", "spring.flyway.locations=classpath:db/custom-user")
			.run((context) -> {
				EntityManagerFactory entityManagerFactory = context.getBean(EntityManagerFactory.class);
				assertThat(entityManagerFactory.getMetamodel().getEntities())
					.extracting((entity) -> entity.getJavaType().getSimpleName())
					.contains("AppUser")
					.doesNotContain("UserEntity");
				Adapter adapter = context.getBean(Adapter.class);
				AdapterUser user = adapter.createUser(AdapterUser.withEmail("role@example.com"));
				AppUser stored = entityManagerFactory.createEntityManager()
					.find(AppUser.class, Long.parseLong(user.id()));
				assertThat(stored.getRole()).isEqualTo("user");
				assertThat(user.attribute("role")).isEqualTo("user");
			});
	}

	@Test
	void leavesTheNamesOfTheApplicationsOwnEntitiesAlone() {
		this.contextRunner.withUserConfiguration(LegacyMemberConfiguration.class)
			.withPropertyValues("auth.adapter.schema.tables.users=auth_users", "auth.adapter.schema.naming=snake_case",
					"spring.flyway.enabled=true", "spring.flyway.locations=classpath:db/legacy-users")
			.run((context) -> {
				EntityManagerFactory entityManagerFactory = context.getBean(EntityManagerFactory.class);
				new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(
						(status) -> SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory)
							.persist(new LegacyMember(7L, "member-7")));
				context.getBean(Adapter.class).createUser(AdapterUser.withEmail("auth@example.com"));
				JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
				assertThat(jdbc.queryForObject("SELECT \"userId\" FROM users WHERE id = 7", String.class))
					.isEqualTo("member-7");
				assertThat(jdbc.queryForObject("SELECT email FROM auth_users", String.class))
					.isEqualTo("auth@example.com");
			});
	}

	@Test
	void backsOffWithoutJpa() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.orm.jpa"))
			.run((context) -> assertThat(context).doesNotHaveBean(Adapter.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnAdapterConfiguration {

		@Bean
		Adapter ownAdapter(EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactionManager) {
			return JpaAdapter.create(entityManagerFactory, transactionManager);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = Note.class)
	static class EntityScanConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = LegacyMember.class)
	static class LegacyMemberConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	@EntityScan(basePackageClasses = AppUser.class)
	static class CustomUserConfiguration {

	}

}
