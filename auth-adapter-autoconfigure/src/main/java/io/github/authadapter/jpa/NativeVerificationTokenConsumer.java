package io.github.authadapter.jpa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.github.authadapter.VerificationToken;
import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.BasicType;
import org.jspecify.annotations.Nullable;

/**
 * Consumes a token with one SQL statement of the database's dialect that deletes the row and returns it.
 */
final class NativeVerificationTokenConsumer implements VerificationTokenConsumer {

	private final String sql;

	private final Class<? extends AbstractVerificationTokenEntity> entityType;

	private volatile @Nullable BasicType<Instant> expiresType;

	/**
	 * Creates a consumer of one statement.
	 * @param sqlTemplate the statement, with {@code %TABLE%} for the table, {@code ?1} for the identifier and
	 * {@code ?2} for the token, that returns the deleted row's {@code identifier}, {@code token} and {@code expires}
	 * @param table the name of the verification tokens table as the database knows it
	 * @param entityType the entity of that table, whose mapping of {@code expires} reads the returned expiry
	 */
	NativeVerificationTokenConsumer(String sqlTemplate, String table,
			Class<? extends AbstractVerificationTokenEntity> entityType) {
		this.sql = sqlTemplate.replace("%TABLE%", table);
		this.entityType = entityType;
	}

	@Override
	public boolean needsTransaction() {
		return false;
	}

	@Override
	public Optional<VerificationToken> consume(EntityManager entityManager, String identifier, String token) {
		// The expiry is read as the entity maps it: an instant whatever the JVM's time zone, through the schema's
		// converter where it has one (UTC without a time zone, epoch milliseconds as text).
		List<?> rows = entityManager.createNativeQuery(this.sql)
			.unwrap(NativeQuery.class)
			.addScalar("identifier", String.class)
			.addScalar("token", String.class)
			.addScalar("expires", expiresType(entityManager))
			.setParameter(1, identifier)
			.setParameter(2, token)
			.getResultList();
		return rows.stream().findFirst().map((row) -> {
			Object[] columns = (Object[]) row;
			return new VerificationToken((String) columns[0], (String) columns[1], (Instant) columns[2]);
		});
	}

	@SuppressWarnings("unchecked")
	private BasicType<Instant> expiresType(EntityManager entityManager) {
		BasicType<Instant> type = this.expiresType;
		if (type == null) {
			AbstractEntityPersister persister = (AbstractEntityPersister) entityManager.getEntityManagerFactory()
				.unwrap(SessionFactoryImplementor.class)
				.getMappingMetamodel()
				.getEntityDescriptor(this.entityType);
			type = (BasicType<Instant>) persister.findAttributeMapping("expires").getSingleJdbcMapping();
			this.expiresType = type;
		}
		return type;
	}

}
