package io.github.authadapter.jpa.drizzle;

import io.github.authadapter.jpa.AbstractVerificationTokenEntity;
import io.github.authadapter.jpa.UtcDateTimeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A verification token of Drizzle's {@code "verificationToken"} table.
 */
@Entity(name = "AuthAdapterDrizzleVerificationToken")
@Table(name = "`auth_adapter__verificationToken`")
@Convert(attributeName = "expires", converter = UtcDateTimeConverter.class)
public class DrizzleVerificationTokenEntity extends AbstractVerificationTokenEntity {

}
