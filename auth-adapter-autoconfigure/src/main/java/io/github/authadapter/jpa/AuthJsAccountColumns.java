package io.github.authadapter.jpa;

import io.github.authadapter.AdapterAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JavaType;
import org.jspecify.annotations.Nullable;

/**
 * The columns of an account that every supported schema has. An account is identified by its provider and the
 * user's id there, which every schema keeps unique; its subclasses fix the type of the user's id.
 *
 * @param <K> the type of the users' ids in the schema
 */
@MappedSuperclass
@IdClass(ProviderAccountId.class)
public abstract class AuthJsAccountColumns<K> extends AuthJsUserReference<K> {

	@Id
	private String provider = "";

	@Id
	@Column(name = AuthJsNames.PROVIDER_ACCOUNT_ID)
	private String providerAccountId = "";

	@Column(nullable = false)
	private String type = "";

	@Column(name = "refresh_token")
	@JavaType(SecretStringJavaType.class)
	private @Nullable String refreshToken;

	@Column(name = "access_token")
	@JavaType(SecretStringJavaType.class)
	private @Nullable String accessToken;

	@Column(name = "expires_at")
	private @Nullable Long expiresAt;

	@Column(name = "token_type")
	private @Nullable String tokenType;

	private @Nullable String scope;

	@Column(name = "id_token")
	@JavaType(SecretStringJavaType.class)
	private @Nullable String idToken;

	@Column(name = "session_state")
	private @Nullable String sessionState;

	public String getProvider() {
		return this.provider;
	}

	public String getProviderAccountId() {
		return this.providerAccountId;
	}

	/**
	 * Copies every field of the account into this entity.
	 */
	public void copyFrom(AdapterAccount account, Object userId) {
		assignUser(userId);
		this.type = account.type();
		this.provider = account.provider();
		this.providerAccountId = account.providerAccountId();
		copyTokensFrom(account);
	}

	/**
	 * Copies the token fields of the account into this entity, and nothing else.
	 */
	public void copyTokensFrom(AdapterAccount account) {
		this.refreshToken = account.refresh_token();
		this.accessToken = account.access_token();
		this.expiresAt = account.expires_at();
		this.tokenType = account.token_type();
		this.scope = account.scope();
		this.idToken = account.id_token();
		this.sessionState = account.session_state();
	}

	/**
	 * The account as the adapter returns it, without the application's own fields.
	 */
	public AdapterAccount toAdapterAccount() {
		return new AdapterAccount(authJsUserId(), this.type, this.provider, this.providerAccountId,
				this.refreshToken, this.accessToken, this.expiresAt, this.tokenType, this.scope, this.idToken,
				this.sessionState);
	}

}
