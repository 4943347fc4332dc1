package io.github.authadapter.dialect;

import java.sql.Timestamp;
import java.time.Instant;

import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A test class whose database words its errors in German, which this checks, so that the class cannot pass on
 * English messages by accident.
 */
interface GermanServerMessages {

	TestDatabase database();

	@Test
	default void theServerWordsADuplicateKeyInGerman() {
		JdbcTemplate jdbc = new JdbcTemplate(database().dataSource());
		String insert = "INSERT INTO verification_token (identifier, token, expires) VALUES ('german', 'twice', ?)";
		jdbc.update(insert, Timestamp.from(Instant.now()));
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> jdbc.update(insert, Timestamp.from(Instant.now())))
			.withMessageContaining("Schlüssel")
			.withMessageNotContainingAny("duplicate key", "Duplicate entry");
	}

}
