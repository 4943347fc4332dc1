package io.github.authadapter.jpa;

import java.sql.Types;

import org.hibernate.type.SqlTypes;

/**
 * The kinds of value that the Auth.js columns hold, by which a column of the database is compatible with the
 * attribute that maps it: any width of integer for an integer, any text type for text, and so on.
 */
enum ColumnKind {

	TEXT, INTEGER, TIMESTAMP, BOOLEAN,

	/**
	 * A type the starter does not judge, such as a UUID or JSON column; any column is taken for it.
	 */
	OTHER;

	/**
	 * The kind of a type of {@link java.sql.Types} or Hibernate's {@link SqlTypes}.
	 */
	static ColumnKind of(int sqlType) {
		return switch (sqlType) {
			case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
					Types.CLOB, Types.NCLOB, SqlTypes.LONG32VARCHAR, SqlTypes.LONG32NVARCHAR ->
				TEXT;
			case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.NUMERIC, Types.DECIMAL -> INTEGER;
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, SqlTypes.TIMESTAMP_UTC -> TIMESTAMP;
			case Types.BOOLEAN, Types.BIT -> BOOLEAN;
			default -> OTHER;
		};
	}

	/**
	 * Whether a column of this kind in the database can hold an attribute of the other kind.
	 */
	boolean holds(ColumnKind attribute) {
		// MySQL and MariaDB report BOOLEAN columns as TINYINT(1).
		return this == attribute || this == OTHER || attribute == OTHER || (this == INTEGER && attribute == BOOLEAN);
	}

}
