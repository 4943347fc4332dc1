package io.github.authadapter.jpa.prisma;

import io.github.authadapter.jpa.TextIdAccountColumns;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An account of NextAuth.js v4's Prisma {@code "Account"} table, whose primary key is a cuid of its own; provider and
 * provider account id are unique there, and identify the account here.
 */
@Entity(name = "AuthAdapterPrismaV4Account")
@Table(name = "`auth_adapter__accounts`")
public class PrismaV4AccountEntity extends TextIdAccountColumns {

	@Embedded
	private PrismaRowId rowId = new PrismaRowId();

}
