package io.github.authadapter.jpa.prisma;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The {@code id} column that NextAuth.js v4's Prisma schema gives accounts and sessions, filled in as Prisma's
 * {@code @default(cuid())} fills it: a cuid-like text id, made here because the database has no default for it. The
 * starter identifies those rows by their Auth.js keys, which are unique there.
 */
@Embeddable
public class PrismaRowId {

	@Column(name = "id", nullable = false, updatable = false)
	private String id = PrismaCuids.next();

}
