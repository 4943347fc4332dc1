package io.github.authadapter.jpa;

import java.util.Locale;

import io.github.authadapter.AccountAlreadyLinkedException;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.EmailAlreadyInUseException;
import io.github.authadapter.TokenAlreadyExistsException;
import io.github.authadapter.UserNotFoundException;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.jspecify.annotations.Nullable;

/**
 * Turns violations of the schema's named constraints into the adapter's exceptions. The names are those of the
 * starter's migrations ({@code uq_users_email}, {@code fk_sessions_user}) or of Prisma's ({@code User_email_key},
 * {@code Account_pkey}, {@code Session_userId_fkey}); databases report them in different forms, so they are matched
 * by substring.
 */
final class ConstraintViolations {

	private ConstraintViolations() {
	}

	static RuntimeException translate(PersistenceException ex, @Nullable String email,
			@Nullable AdapterAccount account, @Nullable String userId) {
		String constraint = constraintName(ex);
		if (constraint.contains("email") && email != null) {
			return new EmailAlreadyInUseException(email, ex);
		}
		if ((constraint.contains("provider_account") || constraint.contains("account_pkey")) && account != null) {
			return new AccountAlreadyLinkedException(account.provider(), account.providerAccountId(), ex);
		}
		if (constraint.contains("fk") && userId != null) {
			return new UserNotFoundException(userId);
		}
		return ex;
	}

	/**
	 * Translates a violation while storing the entity. A session or verification token that violates a key other than
	 * its user's exists already; that is told by the entity rather than by the constraint's name, because MariaDB
	 * names every primary key {@code PRIMARY}. The database's exception is dropped: its message quotes the token.
	 */
	static RuntimeException translate(PersistenceException ex, Object entity, @Nullable String email,
			@Nullable AdapterAccount account, @Nullable String userId) {
		RuntimeException translated = translate(ex, email, account, userId);
		if (translated != ex || !isDuplicateKey(ex)) {
			return translated;
		}
		if (entity instanceof AuthJsSessionColumns) {
			return new TokenAlreadyExistsException("sessionToken");
		}
		if (entity instanceof AbstractVerificationTokenEntity) {
			return new TokenAlreadyExistsException("verificationToken");
		}
		return ex;
	}

	private static boolean isDuplicateKey(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation) {
				return violation.getKind() == ConstraintKind.UNIQUE || violation.getKind() == ConstraintKind.OTHER;
			}
		}
		return false;
	}

	private static String constraintName(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
				return violation.getConstraintName().toLowerCase(Locale.ROOT);
			}
		}
		return "";
	}

}
