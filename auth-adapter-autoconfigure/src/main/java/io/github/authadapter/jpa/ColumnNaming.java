package io.github.authadapter.jpa;

import java.util.Locale;

/**
 * How the mixed-case Auth.js columns, such as {@code emailVerified}, are named in the database.
 */
public enum ColumnNaming {

	/**
	 * Auth.js's own names: camelCase where Auth.js uses camelCase ({@code "userId"}, quoted), snake_case for the
	 * OAuth token fields ({@code access_token}).
	 */
	AUTHJS,

	/**
	 * Every column in snake_case: {@code user_id}, {@code email_verified}, {@code session_token}.
	 */
	SNAKE_CASE;

	/**
	 * The column name for an Auth.js field name, without quotes.
	 */
	public String columnName(String authJsName) {
		if (this == AUTHJS) {
			return authJsName;
		}
		return authJsName.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

}
