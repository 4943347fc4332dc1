package io.github.authadapter.jpa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.github.authadapter.VerificationToken;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;

/**
 * Consumes a token with one SQL statement of the database's dialect that deletes the row and returns it.
 */
final class NativeVerificationTokenConsumer implements VerificationTokenConsumer {

	private final String sql;

	/**
	 * Creates a consumer of one statement.
	 * @param sqlTemplate the statement, with {@code %TABLE%} for the table, {@code ?1} for the identifier and
	 * {@code ?2} for the token, that returns the deleted row's {@code identifier}, {@code token} and {@code expires}
	 * @param table the name of the verification tokens table as the database knows it
	 */
	NativeVerificationTokenConsumer(String sqlTemplate, String table) {
		this.sql = sqlTemplate.replace("%TABLE%", table);
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
