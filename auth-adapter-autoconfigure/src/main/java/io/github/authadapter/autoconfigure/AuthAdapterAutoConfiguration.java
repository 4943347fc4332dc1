package io.github.authadapter.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import io.github.authadapter.Adapter;
import io.github.authadapter.encryption.TokenCipher;
import io.github.authadapter.jpa.AccountTokenReencryption;
import io.github.authadapter.jpa.DefaultEntitiesManagedTypesPostProcessor;
import io.github.authadapter.jpa.JpaAdapter;
import io.github.authadapter.jpa.UserIdGenerator;
import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Auto-configuration of the Auth.js {@link Adapter} on JPA, and of the Flyway migrations that create its tables.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class },
		before = FlywayAutoConfiguration.class)
@ConditionalOnClass({ LocalContainerEntityManagerFactoryBean.class, EntityManagerFactory.class, Flyway.class })
@EnableConfigurationProperties(AuthAdapterProperties.class)
@Import({ DatabaseInitializationDependencyConfigurer.class, TokenEncryptionConfiguration.class,
		ClockConfiguration.class })
public final class AuthAdapterAutoConfiguration {

	@Bean
	static DefaultEntitiesManagedTypesPostProcessor authAdapterDefaultEntitiesManagedTypesPostProcessor(
			ObjectProvider<AuthAdapterSchemaPreset> schemaPreset) {
		// Asked for only once the persistence unit is built: after the starter's migrations, and after configuration
		// properties are bound, which happens later than the creation of a post-processor.
		return new DefaultEntitiesManagedTypesPostProcessor(() -> schemaPreset.getObject().defaultEntities());
	}

	@Bean
	AuthAdapterSchemaPreset authAdapterSchemaPreset(ObjectProvider<DataSource> dataSource,
			AuthAdapterProperties properties) {
		return new AuthAdapterSchemaPreset(dataSource.getIfUnique(), properties.getSchema());
	}

	@Bean
	SchemaNamingHibernatePropertiesCustomizer authAdapterNamingHibernatePropertiesCustomizer(
			AuthAdapterSchemaPreset schemaPreset) {
		return new SchemaNamingHibernatePropertiesCustomizer(schemaPreset.names());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnSingleCandidate(DataSource.class)
	static class SchemaConfiguration {

		@Bean
		@ConditionalOnMissingBean
		AuthAdapterSchemaInitializer authAdapterSchemaInitializer(DataSource dataSource,
				AuthAdapterProperties properties, AuthAdapterSchemaPreset schemaPreset) {
			return new AuthAdapterSchemaInitializer(dataSource, properties.getSchema(), schemaPreset::preset);
		}

		/**
		 * Runs the application's own Flyway as if the starter's tables were not there.
		 */
		@Bean
		@ConditionalOnMissingBean(FlywayMigrationStrategy.class)
		ApplicationFlywayMigrationStrategy authAdapterApplicationFlywayMigrationStrategy(
				AuthAdapterSchemaInitializer schemaInitializer, ResourceLoader resourceLoader) {
			return new ApplicationFlywayMigrationStrategy(schemaInitializer.tables(),
					ResourcePatternUtils.getResourcePatternResolver(resourceLoader));
		}

	}

	/**
	 * Hibernate's log of the constraint violations that the adapter expects, held back on Logback.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "ch.qos.logback.classic.turbo.TurboFilter")
	static class HeldSqlErrorLogConfiguration {

		HeldSqlErrorLogConfiguration() {
			HeldSqlErrorLogFilter.install();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean({ EntityManagerFactory.class, PlatformTransactionManager.class })
	static class AdapterConfiguration {

		@Bean
		@ConditionalOnMissingBean
		UserIdGenerator authAdapterUserIdGenerator(AuthAdapterSchemaPreset schemaPreset) {
			return schemaPreset.userIds();
		}

		@Bean
		@ConditionalOnMissingBean(Adapter.class)
		JpaAdapter authAdapter(EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactionManager,
				UserIdGenerator userIdGenerator, TokenCipher tokenCipher, AuthAdapterClock clock) {
			return JpaAdapter.create(entityManagerFactory, transactionManager, userIdGenerator, tokenCipher,
					clock.clock());
		}

		// Only next to the starter's adapter: an application's own Adapter may have none of the starter's entities.
		@Bean
		@ConditionalOnBean(JpaAdapter.class)
		@ConditionalOnMissingBean
		AccountTokenReencryption authAdapterAccountTokenReencryption(EntityManagerFactory entityManagerFactory,
				PlatformTransactionManager transactionManager, TokenCipher tokenCipher) {
			return AccountTokenReencryption.create(entityManagerFactory, transactionManager, tokenCipher);
		}

	}

}
