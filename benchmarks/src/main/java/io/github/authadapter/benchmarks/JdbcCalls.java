package io.github.authadapter.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.SessionAndUser;
import io.github.authadapter.VerificationToken;
import org.jspecify.annotations.Nullable;

/**
 * The floor: the same calls written by hand in plain JDBC on the starter's PostgreSQL schema, one statement each,
 * auto-commit, returning the same model records as the Adapter.
 */
final class JdbcCalls implements AuthCalls {

	private static final String SESSION_AND_USER = """
			SELECT s."userId", s.expires, u.name, u.email, u."emailVerified", u.image
			FROM sessions s JOIN users u ON u.id = s."userId"
			WHERE s."sessionToken" = ?""";

	private static final String INSERT_SESSION = """
			INSERT INTO sessions ("userId", expires, "sessionToken") VALUES (?, ?, ?)""";

	private static final String INSERT_VERIFICATION_TOKEN = """
			INSERT INTO verification_token (identifier, token, expires) VALUES (?, ?, ?)""";

	private static final String DELETE_VERIFICATION_TOKEN = """
			DELETE FROM verification_token WHERE identifier = ? AND token = ? RETURNING expires""";

	private static final String USER_BY_EMAIL = """
			SELECT id, name, email, "emailVerified", image FROM users WHERE email = ?""";

	private static final String INSERT_USER = """
			INSERT INTO users (name, email, "emailVerified", image) VALUES (?, ?, ?, ?) RETURNING id""";

	private final DataSource dataSource;

	JdbcCalls(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public Optional<SessionAndUser> getSessionAndUser(String sessionToken) {
		return query(SESSION_AND_USER, (statement) -> statement.setString(1, sessionToken), (row) -> {
			String userId = Long.toString(row.getLong(1));
			AdapterUser user = new AdapterUser(userId, row.getString(3), row.getString(4), instant(row, 5),
					row.getString(6));
			return new SessionAndUser(new AdapterSession(sessionToken, userId, instantOf(row, 2)), user);
		});
	}

	@Override
	public AdapterSession createSession(AdapterSession session) {
		update(INSERT_SESSION, (statement) -> {
			statement.setLong(1, Long.parseLong(session.userId()));
			statement.setObject(2, utc(session.expires()));
			statement.setString(3, session.sessionToken());
		});
		return session;
	}

	@Override
	public VerificationToken createVerificationToken(VerificationToken verificationToken) {
		update(INSERT_VERIFICATION_TOKEN, (statement) -> {
			statement.setString(1, verificationToken.identifier());
			statement.setString(2, verificationToken.token());
			statement.setObject(3, utc(verificationToken.expires()));
		});
		return verificationToken;
	}

	@Override
	public Optional<VerificationToken> useVerificationToken(String identifier, String token) {
		return query(DELETE_VERIFICATION_TOKEN, (statement) -> {
			statement.setString(1, identifier);
			statement.setString(2, token);
		}, (row) -> new VerificationToken(identifier, token, instantOf(row, 1)));
	}

	@Override
	public Optional<AdapterUser> getUserByEmail(String email) {
		return query(USER_BY_EMAIL, (statement) -> statement.setString(1, email),
				(row) -> new AdapterUser(Long.toString(row.getLong(1)), row.getString(2), row.getString(3),
						instant(row, 4), row.getString(5)));
	}

	@Override
	public AdapterUser createUser(AdapterUser user) {
		return query(INSERT_USER, (statement) -> {
			statement.setString(1, user.name());
			statement.setString(2, user.email());
			statement.setObject(3, (user.emailVerified() != null) ? utc(user.emailVerified()) : null);
			statement.setString(4, user.image());
		}, (row) -> new AdapterUser(Long.toString(row.getLong(1)), user.name(), user.email(), user.emailVerified(),
				user.image()))
			.orElseThrow();
	}

	private <T> Optional<T> query(String sql, Parameters parameters, Row<T> row) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			parameters.set(statement);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() ? Optional.of(row.read(result)) : Optional.empty();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Failed: " + sql, ex);
		}
	}

	private void update(String sql, Parameters parameters) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			parameters.set(statement);
			statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Failed: " + sql, ex);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet row, int column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static Instant instantOf(ResultSet row, int column) throws SQLException {
		return row.getObject(column, OffsetDateTime.class).toInstant();
	}

	@FunctionalInterface
	private interface Parameters {

		void set(PreparedStatement statement) throws SQLException;

	}

	@FunctionalInterface
	private interface Row<T> {

		T read(ResultSet row) throws SQLException;

	}

}
