package io.github.authadapter.jpa;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.metamodel.Metamodel;
import org.jspecify.annotations.Nullable;

/**
 * The JPQL of {@link JpaAdapter}, written against whichever entities map the tables.
 */
final class JpqlStatements {

	private final String user;

	private final String account;

	private final String session;

	private final @Nullable String authenticator;

	JpqlStatements(Metamodel metamodel, AuthAdapterEntityTypes types) {
		this.user = metamodel.entity(types.user()).getName();
		this.account = metamodel.entity(types.account()).getName();
		this.session = metamodel.entity(types.session()).getName();
		this.authenticator = (types.authenticator() != null) ? metamodel.entity(types.authenticator()).getName()
				: null;
	}

	String userByEmail() {
		return "select u from " + this.user + " u where u.email = :email";
	}

	String userByAccount() {
		return "select u from " + this.user + " u join " + this.account + " a on a.userId = u.id"
				+ " where a.provider = :provider and a.providerAccountId = :providerAccountId";
	}

	String deleteUser() {
		return "delete from " + this.user + " u where u.id = :id";
	}

	/**
	 * Deletes the rows of a user in the tables that refer to it; schemas without cascading foreign keys need it.
	 */
	List<String> deleteRowsOfUser() {
		List<String> statements = new ArrayList<>();
		statements.add("delete from " + this.account + " a where a.userId = :userId");
		statements.add("delete from " + this.session + " s where s.userId = :userId");
		if (this.authenticator != null) {
			statements.add("delete from " + this.authenticator + " a where a.userId = :userId");
		}
		return statements;
	}

	String account() {
		return "select a from " + this.account + " a"
				+ " where a.provider = :provider and a.providerAccountId = :providerAccountId";
	}

	String accountsByUser() {
		return "select a from " + this.account + " a where a.userId = :userId order by a.provider, a.providerAccountId";
	}

	String deleteAccount() {
		return "delete from " + this.account + " a"
				+ " where a.provider = :provider and a.providerAccountId = :providerAccountId";
	}

	/**
	 * The session and its user in one statement: the session lookup is the hottest query of an app.
	 */
	String sessionAndUser() {
		return "select s, u from " + this.session + " s join " + this.user + " u on u.id = s.userId"
				+ " where s.sessionToken = :sessionToken";
	}

	String session() {
		return "select s from " + this.session + " s where s.sessionToken = :sessionToken";
	}

	String updateSessionExpiry() {
		return "update " + this.session + " s set s.expires = :expires where s.sessionToken = :sessionToken";
	}

	String deleteSession() {
		return "delete from " + this.session + " s where s.sessionToken = :sessionToken";
	}

	String authenticatorsByUser() {
		return "select a from " + this.authenticator + " a where a.userId = :userId order by a.credentialId";
	}

}
