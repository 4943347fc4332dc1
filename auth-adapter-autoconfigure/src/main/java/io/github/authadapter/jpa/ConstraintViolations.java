package io.github.authadapter.jpa;

import java.sql.SQLException;

import io.github.authadapter.AccountAlreadyLinkedException;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.EmailAlreadyInUseException;
import io.github.authadapter.TokenAlreadyExistsException;
import io.github.authadapter.UserNotFoundException;
import io.github.authadapter.ValueTooLongException;
import jakarta.persistence.PersistenceException;
import org.jspecify.annotations.Nullable;

/**
 * Turns violations of the schema's constraints, and values too long for their columns, into the adapter's
 * exceptions. A constraint is recognised by its whole name (see {@link SchemaConstraint}), as the database's dialect
 * reads it from the violation; a violation of any other constraint, such as one that an application added, is passed
 * on as it is.
 */
final class ConstraintViolations {

	private final DatabaseDialect dialect;

	ConstraintViolations(DatabaseDialect dialect) {
		this.dialect = dialect;
	}

	/**
	 * Translates a violation while writing an entity that is already stored.
	 */
	RuntimeException translate(PersistenceException ex, @Nullable String email, @Nullable AdapterAccount account,
			@Nullable String userId) {
		return translate(ex, null, email, account, userId);
	}

	/**
	 * Translates a violation while storing an entity, or while writing one that is already stored where the entity is
	 * null. The database's exception is dropped for a token that exists: its message quotes the token.
	 */
	RuntimeException translate(PersistenceException ex, @Nullable Object entity, @Nullable String email,
			@Nullable AdapterAccount account, @Nullable String userId) {
		SQLException tooLong = this.dialect.valueTooLong(ex);
		if (tooLong != null) {
			return new ValueTooLongException(this.dialect.tooLongColumn(tooLong));
		}
		SchemaConstraint constraint = violatedConstraint(ex, entity);
		if (constraint == null) {
			return ex;
		}
		return switch (constraint) {
			case USER_EMAIL -> (email != null) ? new EmailAlreadyInUseException(email, ex) : ex;
			case PROVIDER_ACCOUNT -> (account != null)
					? new AccountAlreadyLinkedException(account.provider(), account.providerAccountId(), ex) : ex;
			case USER_REFERENCE -> (userId != null) ? new UserNotFoundException(userId) : ex;
			case SESSION_TOKEN -> new TokenAlreadyExistsException("sessionToken");
			case VERIFICATION_TOKEN -> new TokenAlreadyExistsException("verificationToken");
		};
	}

	/**
	 * The constraint of the schema that a failed write violated, or null if it violated none of them.
	 */
	@Nullable SchemaConstraint violatedConstraint(PersistenceException ex, @Nullable Object entity) {
		String name = this.dialect.violatedConstraint(ex);
		if (name == null) {
			return null;
		}
		SchemaConstraint named = SchemaConstraint.named(name).orElse(null);
		if (named == null && (this.dialect.isAnyPrimaryKey(name) || SchemaConstraint.endsWith(name, "_pkey"))) {
			// MySQL names every primary key PRIMARY, PostgreSQL and Prisma <table>_pkey. The only key of the verification tokens table is its primary key,
			// and an account's primary key is a surrogate the database makes, or in Prisma's and Drizzle's schemas the
			// provider key.
			if (entity instanceof AbstractVerificationTokenEntity) {
				return SchemaConstraint.VERIFICATION_TOKEN;
			}
			if (entity instanceof AuthJsAccountColumns) {
				return SchemaConstraint.PROVIDER_ACCOUNT;
			}
			// Likewise a session's primary key is a surrogate, or in Drizzle's schema the session token.
			if (entity instanceof AuthJsSessionColumns) {
				return SchemaConstraint.SESSION_TOKEN;
			}
		}
		return named;
	}

}
