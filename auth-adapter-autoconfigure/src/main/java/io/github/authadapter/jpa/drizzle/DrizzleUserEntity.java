package io.github.authadapter.jpa.drizzle;

import io.github.authadapter.jpa.TextIdUserColumns;
import io.github.authadapter.jpa.UtcDateTimeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A user of Drizzle's {@code "user"} table.
 */
@Entity(name = "AuthAdapterDrizzleUser")
@Table(name = "`auth_adapter__user`")
@Convert(attributeName = "emailVerified", converter = UtcDateTimeConverter.class)
public class DrizzleUserEntity extends TextIdUserColumns {

}
