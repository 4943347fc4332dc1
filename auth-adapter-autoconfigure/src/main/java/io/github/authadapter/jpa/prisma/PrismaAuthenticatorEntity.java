package io.github.authadapter.jpa.prisma;

import io.github.authadapter.jpa.AuthJsNames;
import io.github.authadapter.jpa.AuthJsAuthenticatorColumns;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A WebAuthn authenticator of Prisma's {@code "Authenticator"} table.
 */
@Entity(name = "AuthAdapterPrismaAuthenticator")
@Table(name = "`auth_adapter__Authenticator`")
@AttributeOverride(name = "counter", column = @Column(name = "counter", columnDefinition = "int4", nullable = false))
public class PrismaAuthenticatorEntity extends AuthJsAuthenticatorColumns {

	@Column(name = AuthJsNames.USER_ID, nullable = false)
	private String userId = "";

	@Override
	public String authJsUserId() {
		return this.userId;
	}

	@Override
	protected void assignUser(Object userId) {
		this.userId = (String) userId;
	}

}
