package io.github.authadapter.passkey;

import java.util.Optional;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;

/**
 * Spring Security's WebAuthn user entities as the Auth.js users they are: the user handle is the bytes of the user's
 * id, the name its email address (its id when it has none), the display name its name. Sign-in methods create the
 * users, so this repository never does; Auth.js keeps no user handle, so none is stored.
 */
public final class AdapterUserEntityRepository implements PublicKeyCredentialUserEntityRepository {

	private final Adapter adapter;

	public AdapterUserEntityRepository(Adapter adapter) {
		this.adapter = adapter;
	}

	@Override
	public @Nullable PublicKeyCredentialUserEntity findById(Bytes id) {
		return this.adapter.getUser(AuthJsPasskeys.userId(id)).map(AdapterUserEntityRepository::toUserEntity).orElse(null);
	}

	/**
	 * Finds the user by email address, or by id: Spring Security asks with the name of the signed-in
	 * {@code Authentication}, which is the user's id for the starter's sessions.
	 */
	@Override
	public @Nullable PublicKeyCredentialUserEntity findByUsername(String username) {
		if (username.isBlank()) {
			return null;
		}
		Optional<AdapterUser> user = (username.indexOf('@') >= 0) ? this.adapter.getUserByEmail(username)
				: this.adapter.getUser(username);
		return user.map(AdapterUserEntityRepository::toUserEntity).orElse(null);
	}

	/**
	 * Accepts the entity of a stored user, whose row is the entity already; refuses any other, as passkeys are added
	 * to users that exist.
	 */
	@Override
	public void save(PublicKeyCredentialUserEntity userEntity) {
		if (findById(userEntity.getId()) == null) {
			throw new IllegalStateException("A passkey is registered for a user that exists; no user has the id of "
					+ "the WebAuthn user entity " + userEntity.getName());
		}
	}

	/**
	 * Deletes nothing: the entity is the user's row, which outlives its passkeys.
	 */
	@Override
	public void delete(Bytes id) {
	}

	static PublicKeyCredentialUserEntity toUserEntity(AdapterUser user) {
		String id = user.id();
		if (id == null) {
			throw new IllegalArgumentException("A stored user has an id");
		}
		String name = (user.email() != null) ? user.email() : id;
		return ImmutablePublicKeyCredentialUserEntity.builder()
			.id(AuthJsPasskeys.userHandle(id))
			.name(name)
			.displayName((user.name() != null) ? user.name() : name)
			.build();
	}

}
