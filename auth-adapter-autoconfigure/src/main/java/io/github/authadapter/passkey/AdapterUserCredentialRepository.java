package io.github.authadapter.passkey;

import java.util.List;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.AdapterAuthenticator;
import io.github.authadapter.AuthenticatorUse;
import io.github.authadapter.AuthenticatorUses;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Spring Security's passkey credentials in Auth.js's Authenticator table, through the {@link Adapter}. A new
 * credential is written as Auth.js's passkey provider writes it: the authenticator row and, next to it, an account of
 * type {@code webauthn} with the provider {@code passkey} and the credential id as provider account id, without which
 * Auth.js refuses the passkey. Saving a credential that is stored already updates its signature counter, the only
 * field that changes after registration, and with it, where the schema keeps them ({@link AuthenticatorUses}), the
 * date of its last use.
 */
public final class AdapterUserCredentialRepository implements UserCredentialRepository {

	private final Adapter adapter;

	private final TransactionOperations transactions;

	private final AuthenticatorUses uses;

	/**
	 * Creates the repository.
	 * @param adapter stores the authenticators and accounts
	 * @param transactions runs the two writes of a new credential as one
	 * @param uses when each credential was created and last used, {@link AuthenticatorUses#NONE} for a schema that
	 * does not keep it
	 */
	public AdapterUserCredentialRepository(Adapter adapter, TransactionOperations transactions,
			AuthenticatorUses uses) {
		this.adapter = adapter;
		this.transactions = transactions;
		this.uses = uses;
	}

	@Override
	public void save(CredentialRecord record) {
		AdapterAuthenticator authenticator = AuthJsPasskeys.toAuthenticator(record);
		if (this.adapter.getAuthenticator(authenticator.credentialID()).isPresent()) {
			this.adapter.updateAuthenticatorCounter(authenticator.credentialID(), authenticator.counter());
			return;
		}
		this.transactions.executeWithoutResult((status) -> {
			this.adapter.linkAccount(AdapterAccount.withoutTokens(authenticator.userId(), AuthJsPasskeys.ACCOUNT_TYPE,
					AuthJsPasskeys.PROVIDER_ID, authenticator.providerAccountId()));
			this.adapter.createAuthenticator(authenticator);
		});
	}

	/**
	 * Finds the credential, as long as its {@code webauthn} account is there too: Auth.js refuses a passkey whose
	 * account was unlinked, and so does this repository, so that unlinking it ends its use on both sides.
	 */
	@Override
	public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
		return this.adapter.getAuthenticator(AuthJsPasskeys.credentialId(credentialId))
			.filter((authenticator) -> this.adapter
				.getAccount(AuthJsPasskeys.PROVIDER_ID, authenticator.providerAccountId())
				.filter((account) -> account.userId().equals(authenticator.userId()))
				.isPresent())
			.map(this::toCredentialRecord)
			.orElse(null);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return this.adapter.listAuthenticatorsByUserId(AuthJsPasskeys.userId(userId))
			.stream()
			.map(this::toCredentialRecord)
			.toList();
	}

	private CredentialRecord toCredentialRecord(AdapterAuthenticator authenticator) {
		return AuthJsPasskeys.toCredentialRecord(authenticator, this.uses.findByCredentialId(authenticator.credentialID())
			.orElseGet(() -> new AuthenticatorUse(null, null)));
	}

	/**
	 * Deletes the authenticator and its {@code webauthn} account.
	 */
	@Override
	public void delete(Bytes credentialId) {
		String id = AuthJsPasskeys.credentialId(credentialId);
		this.transactions.executeWithoutResult((status) -> {
			this.adapter.getAuthenticator(id)
				.ifPresent((authenticator) -> this.adapter.unlinkAccount(AuthJsPasskeys.PROVIDER_ID,
						authenticator.providerAccountId()));
			this.adapter.deleteAuthenticator(id);
		});
	}

}
