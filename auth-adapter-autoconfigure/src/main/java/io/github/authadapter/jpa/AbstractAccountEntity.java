package io.github.authadapter.jpa;

import io.github.authadapter.AdapterAccount;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * The columns of Auth.js's {@code accounts} table. Extend it with an {@code @Entity} of your own to add columns;
 * the adapter then uses your entity instead of {@link AccountEntity}.
 */
@MappedSuperclass
public abstract class AbstractAccountEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "`userId`", nullable = false)
	private Long userId = 0L;

	@Column(nullable = false)
	private String type = "";

	@Column(nullable = false)
	private String provider = "";

	@Column(name = "`providerAccountId`", nullable = false)
	private String providerAccountId = "";

	@Column(name = "refresh_token")
	private @Nullable String refreshToken;

	@Column(name = "access_token")
	private @Nullable String accessToken;

	@Column(name = "expires_at")
	private @Nullable Long expiresAt;

	@Column(name = "token_type")
	private @Nullable String tokenType;

	private @Nullable String scope;

	@Column(name = "id_token")
	private @Nullable String idToken;

	@Column(name = "session_state")
	private @Nullable String sessionState;

	public @Nullable Long getId() {
		return this.id;
	}

	public Long getUserId() {
		return this.userId;
	}

	public String getProvider() {
		return this.provider;
	}

	public String getProviderAccountId() {
		return this.providerAccountId;
	}

	/**
	 * Copies every field of the account into this entity.
	 */
	public void copyFrom(AdapterAccount account, long userId) {
		this.userId = userId;
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
	 * The account as the adapter returns it.
	 */
	public AdapterAccount toAdapterAccount() {
		return new AdapterAccount(String.valueOf(this.userId), this.type, this.provider, this.providerAccountId,
				this.refreshToken, this.accessToken, this.expiresAt, this.tokenType, this.scope, this.idToken,
				this.sessionState);
	}

}
