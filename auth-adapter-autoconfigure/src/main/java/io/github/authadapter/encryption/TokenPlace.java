package io.github.authadapter.encryption;

/**
 * Where a token is stored: the column and the account, in the accounts table. An encrypted value is bound to it, so
 * that a value copied to another account or column does not decrypt there.
 *
 * @param column one of {@link #REFRESH_TOKEN}, {@link #ACCESS_TOKEN} and {@link #ID_TOKEN}
 * @param provider the provider of the account
 * @param providerAccountId the id of the account at its provider
 */
public record TokenPlace(String column, String provider, String providerAccountId) {

	/**
	 * The column of the refresh token.
	 */
	public static final String REFRESH_TOKEN = "refresh_token";

	/**
	 * The column of the access token.
	 */
	public static final String ACCESS_TOKEN = "access_token";

	/**
	 * The column of the ID token.
	 */
	public static final String ID_TOKEN = "id_token";

	// The logical Auth.js names, not the configured ones: renaming a table or choosing snake_case columns must not
	// make every stored token unreadable. The row is its natural key, which is known before the insert, unlike the
	// id that the database assigns.
	private static final String TABLE = "accounts";

	/**
	 * The text that identifies the place, for a cipher's associated data.
	 */
	public String text() {
		// A length prefix, so that no two places give the same text whatever characters the ids hold.
		return TABLE + ":" + this.column + ":" + this.provider.length() + ":" + this.provider + ":"
				+ this.providerAccountId;
	}

	@Override
	public String toString() {
		return this.column + " of account (" + this.provider + ", " + this.providerAccountId + ")";
	}

}
