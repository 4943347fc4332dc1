package io.github.authadapter.jpa;

import java.time.Instant;

import io.github.authadapter.VerificationToken;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JavaType;

/**
 * The columns of Auth.js's {@code verification_token} table. Extend it with an {@code @Entity} of your own to add
 * columns; the adapter then uses your entity instead of {@link VerificationTokenEntity}.
 */
@MappedSuperclass
@IdClass(VerificationTokenId.class)
public abstract class AbstractVerificationTokenEntity {

	@Id
	private String identifier = "";

	@Id
	@JavaType(SecretStringJavaType.class)
	private String token = "";

	@Column(nullable = false)
	private Instant expires = Instant.EPOCH;

	/**
	 * Copies every field of the token into this entity.
	 */
	public void copyFrom(VerificationToken verificationToken) {
		this.identifier = verificationToken.identifier();
		this.token = verificationToken.token();
		this.expires = verificationToken.expires();
	}

	/**
	 * The token as the adapter returns it.
	 */
	public VerificationToken toVerificationToken() {
		return new VerificationToken(this.identifier, this.token, this.expires);
	}

}
