package io.github.authadapter.jpa;

import java.time.Instant;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.BasicType;

/**
 * A table whose rows expire, with the statement of the database's dialect that deletes a batch of its expired rows.
 * The names come from the Hibernate mapping, so that renamed tables and columns are found, and the expiry is bound as
 * its attribute is mapped, so that a column without a time zone compares in UTC.
 *
 * @param name the logical name of the table, such as {@value ExpiredRowsCleaner#SESSIONS}
 * @param deleteBatch the statement that deletes one batch
 * @param expiresType the mapping of the {@code expires} attribute
 */
record ExpiringTable(String name, String deleteBatch, BasicType<Instant> expiresType) {

	ExpiringTable {
		if (name.isBlank() || deleteBatch.isBlank()) {
			throw new IllegalArgumentException("name and deleteBatch must not be blank");
		}
	}

	/**
	 * The table that an entity maps, whose {@code expires} attribute holds the expiry.
	 */
	@SuppressWarnings("unchecked")
	static ExpiringTable of(String name, SessionFactoryImplementor sessionFactory, Class<?> entityType,
			DatabaseDialect dialect) {
		AbstractEntityPersister persister = (AbstractEntityPersister) sessionFactory.getMappingMetamodel()
			.getEntityDescriptor(entityType);
		JdbcMapping expires = persister.findAttributeMapping("expires").getSingleJdbcMapping();
		String sql = dialect.expiredRowsBatch(persister.getTableName(), String.join(", ", persister.getIdentifierColumnNames()),
				persister.getPropertyColumnNames("expires")[0]);
		return new ExpiringTable(name, sql, (BasicType<Instant>) expires);
	}

	/**
	 * Deletes up to {@code batchSize} rows that expired before {@code now}, in the caller's transaction.
	 * @return how many rows were deleted
	 */
	int deleteBatch(EntityManager entityManager, Instant now, int batchSize) {
		return entityManager.createNativeQuery(this.deleteBatch)
			.unwrap(NativeQuery.class)
			.setParameter(1, now, this.expiresType)
			.setParameter(2, batchSize)
			.executeUpdate();
	}

}
