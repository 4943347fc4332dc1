package io.github.authadapter.jpa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.github.authadapter.VerificationToken;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;

/**
 * Consumes a token with one SQL statement that deletes the row and returns it.
 */
abstract class NativeVerificationTokenConsumer implements VerificationTokenConsumer {

	private final String sql;

	NativeVerificationTokenConsumer(String sqlTemplate, String tableName) {
		this.sql = sqlTemplate.replace("%TABLE_NAME%", tableName);
	}

	@Override
	public boolean needsTransaction() {
		return false;
	}

	@Override
	public Optional<VerificationToken> consume(EntityManager entityManager, String identifier, String token) {
		// Scalars are typed so that the expiry is read as an instant, whatever the JVM's time zone.
		List<?> rows = entityManager.createNativeQuery(this.sql)
			.unwrap(NativeQuery.class)
			.addScalar("identifier", String.class)
			.addScalar("token", String.class)
			.addScalar("expires", Instant.class)
			.setParameter(1, identifier)
			.setParameter(2, token)
			.getResultList();
		return rows.stream().findFirst().map((row) -> {
			Object[] columns = (Object[]) row;
			return new VerificationToken((String) columns[0], (String) columns[1], (Instant) columns[2]);
		});
	}

}
