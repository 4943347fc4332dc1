package io.github.authadapter.jpa;

import java.util.Locale;

import io.github.authadapter.AccountAlreadyLinkedException;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.EmailAlreadyInUseException;
import io.github.authadapter.TokenAlreadyExistsException;
import io.github.authadapter.UserNotFoundException;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;
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
		if (constraint.contains("session_token") || constraint.contains("sessiontoken")) {
			return new TokenAlreadyExistsException("sessionToken");
		}
		if (constraint.contains("verification")) {
			return new TokenAlreadyExistsException("verificationToken");
		}
		return ex;
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
