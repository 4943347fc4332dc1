package io.github.authadapter.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows the benchmark loads, and how a caller names them. {@code bench-pg-adapter.mjs} follows the same
 * conventions: user {@code n} has the email {@code user<n>@example.com} and one session whose token is the MD5 of
 * {@code session-<n>} in hex; verification token {@code n} of a batch is {@code <batch>-<n>} for that user's email.
 */
final class Dataset {

	private final JdbcTemplate jdbc;

	Dataset(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Replaces all rows with {@code sessions} users of one session each, in two statements rather than one insert
	 * per row, then vacuums so that autovacuum does not start in the middle of a measurement.
	 */
	void load(int sessions) {
		this.jdbc.execute("TRUNCATE users, sessions, verification_token RESTART IDENTITY CASCADE");
		this.jdbc.update("""
				INSERT INTO users (name, email, "emailVerified")
				SELECT 'User ' || n, 'user' || n || '@example.com', now() FROM generate_series(1, ?) n""", sessions);
		this.jdbc.update("""
				INSERT INTO sessions ("userId", expires, "sessionToken")
				SELECT id, now() + interval '30 days', md5('session-' || id) FROM users""");
		vacuum();
	}

	/**
	 * Loads verification tokens {@code 1..count} of a batch for the users of the same numbers.
	 */
	void loadVerificationTokens(String batch, int count) {
		this.jdbc.execute("TRUNCATE verification_token");
		this.jdbc.update("""
				INSERT INTO verification_token (identifier, token, expires)
				SELECT 'user' || n || '@example.com', ? || '-' || n, now() + interval '1 day'
				FROM generate_series(1, ?) n""", batch, count);
		this.jdbc.execute("VACUUM ANALYZE verification_token");
	}

	/**
	 * Removes what a measurement added, so that the next one starts from the loaded rows again.
	 */
	void removeAddedRows(int sessions) {
		this.jdbc.update("DELETE FROM sessions WHERE id > ?", sessions);
		this.jdbc.update("DELETE FROM users WHERE id > ?", sessions);
		this.jdbc.execute("TRUNCATE verification_token");
		vacuum();
	}

	private void vacuum() {
		this.jdbc.execute("VACUUM ANALYZE users");
		this.jdbc.execute("VACUUM ANALYZE sessions");
	}

	static String sessionToken(int user) {
		return md5Hex("session-" + user);
	}

	/**
	 * The MD5 of the text in hex, as PostgreSQL's {@code md5()} writes it.
	 */
	private static String md5Hex(String value) {
		try {
			byte[] text = value.getBytes(StandardCharsets.UTF_8);
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has MD5", ex);
		}
	}

	static String email(int user) {
		return "user" + user + "@example.com";
	}

	static String verificationToken(String batch, int n) {
		return batch + "-" + n;
	}

}
