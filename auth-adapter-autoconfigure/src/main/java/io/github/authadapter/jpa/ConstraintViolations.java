package io.github.authadapter.jpa;

import java.util.Locale;

import io.github.authadapter.AccountAlreadyLinkedException;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.EmailAlreadyInUseException;
import io.github.authadapter.UserNotFoundException;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;
import org.jspecify.annotations.Nullable;

/**
 * Turns violations of the schema's named constraints into the adapter's exceptions. The constraint names are those
 * of the migrations; databases report them in different forms, so they are matched by substring.
 */
final class ConstraintViolations {

	private ConstraintViolations() {
	}

	static RuntimeException translate(PersistenceException ex, @Nullable String email,
			@Nullable AdapterAccount account, @Nullable String userId) {
		String constraint = constraintName(ex);
		if (constraint.contains("uq_users_email") && email != null) {
			return new EmailAlreadyInUseException(email, ex);
		}
		if (constraint.contains("uq_accounts_provider_account") && account != null) {
			return new AccountAlreadyLinkedException(account.provider(), account.providerAccountId(), ex);
		}
		if (constraint.contains("fk_") && userId != null) {
			return new UserNotFoundException(userId);
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
