package io.github.authadapter.jpa.prisma;

import io.github.authadapter.jpa.AuthJsSessionColumns;
import io.github.authadapter.jpa.UtcDateTimeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A session of NextAuth.js v4's Prisma {@code "Session"} table, whose primary key is a cuid of its own; the session
 * token is unique there, and identifies the session here.
 */
@Entity(name = "AuthAdapterPrismaV4Session")
@Table(name = "`auth_adapter__sessions`")
@Convert(attributeName = "expires", converter = UtcDateTimeConverter.class)
public class PrismaV4SessionEntity extends AuthJsSessionColumns<String> {

	@Embedded
	private PrismaRowId rowId = new PrismaRowId();

}
