package io.github.authadapter.ratelimit;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.AbstractJdbcProxyManagerBuilder;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.util.ClassUtils;

/**
 * The Bucket4j buckets of the rate limits in a table of the application's database, so that every instance of the
 * application counts against the same limits: Bucket4j's PostgreSQL module, and its select-for-update extension point
 * on H2, MySQL and MariaDB.
 */
public final class DatabaseRateLimitBuckets {

	/**
	 * The table of the buckets, created by the starter's migration {@code V2__sign_in_rate_limits.sql}.
	 */
	public static final String TABLE = "auth_adapter_rate_limits";

	/**
	 * The table as the schema presets, whose migrations the starter does not run, must create it, on PostgreSQL.
	 */
	static final String POSTGRESQL_DDL = "CREATE TABLE " + TABLE + " (id VARCHAR(100) NOT NULL, state BYTEA, "
			+ "expires_at BIGINT, CONSTRAINT pk_" + TABLE + " PRIMARY KEY (id)); CREATE INDEX ix_" + TABLE
			+ "_expires_at ON " + TABLE + " (expires_at);";

	/**
	 * A row may go once its bucket is full again.
	 */
	private static final ExpirationAfterWriteStrategy EXPIRATION = Bucket4jSignInLinkRateLimiter.EXPIRE_WHEN_FULL;

	private DatabaseRateLimitBuckets() {
	}

	/**
	 * The buckets in the database of the data source, whose table must exist.
	 * @throws IllegalStateException if the database is not one the starter supports, or the table is missing
	 */
	public static ProxyManager<String> of(DataSource dataSource) {
		String product = productName(dataSource);
		ProxyManager<String> buckets = switch (product) {
			case "PostgreSQL" -> {
				requireModule("postgresql", "io.github.bucket4j.postgresql.Bucket4jPostgreSQL");
				yield configure(Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
					.primaryKeyMapper(PrimaryKeyMapper.STRING)).build();
			}
			case "MySQL", "MariaDB" -> new SelectForUpdateProxyManager(dataSource, TABLE,
					SelectForUpdateProxyManager.MYSQL_DELETE_EXPIRED, EXPIRATION);
			case "H2" -> new SelectForUpdateProxyManager(dataSource, TABLE, SelectForUpdateProxyManager.H2_DELETE_EXPIRED,
					EXPIRATION);
			default -> throw new IllegalStateException("The limits on sign-in links keep their counts in the database, "
					+ "but auth-adapter cannot do that on " + product + ". Define a bean of type "
					+ SignInLinkRateLimiter.class.getName()
					+ ", or set auth.adapter.email.rate-limit.enabled=false if something in front of the application "
					+ "limits POST /api/auth/signin/email.");
		};
		requireTable(dataSource);
		return buckets;
	}

	private static <B extends AbstractJdbcProxyManagerBuilder<String, ?, B>> B configure(B builder) {
		return builder.table(TABLE)
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(EXPIRATION);
	}

	private static void requireModule(String module, String className) {
		if (!ClassUtils.isPresent(className, DatabaseRateLimitBuckets.class.getClassLoader())) {
			throw new IllegalStateException("The limits on sign-in links need com.bucket4j:bucket4j_jdk17-" + module
					+ " on the classpath, which auth-adapter-spring-boot-starter brings; add it, or set "
					+ "auth.adapter.email.rate-limit.enabled=false.");
		}
	}

	private static void requireTable(DataSource dataSource) {
		try {
			new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM " + TABLE + " WHERE 1 = 0", Long.class);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("The table " + TABLE + " of the limits on sign-in links cannot be read ("
					+ ex.getMessage() + "). The starter's migration V2__sign_in_rate_limits.sql creates it; with a "
					+ "schema preset, whose migrations the Auth.js application runs, create it yourself, on PostgreSQL: "
					+ POSTGRESQL_DDL + " (the migrations for MySQL and H2 are in the starter's jar under "
					+ "db/auth-adapter/). Or set auth.adapter.email.rate-limit.enabled=false.", ex);
		}
	}

	private static String productName(DataSource dataSource) {
		try {
			return JdbcUtils.extractDatabaseMetaData(dataSource, (metaData) -> metaData.getDatabaseProductName());
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Could not tell which database keeps the limits on sign-in links", ex);
		}
	}

}
