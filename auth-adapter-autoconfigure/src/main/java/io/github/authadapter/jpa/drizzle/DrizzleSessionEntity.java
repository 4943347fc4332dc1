package io.github.authadapter.jpa.drizzle;

import io.github.authadapter.jpa.AuthJsSessionColumns;
import io.github.authadapter.jpa.UtcDateTimeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A session of Drizzle's {@code "session"} table.
 */
@Entity(name = "AuthAdapterDrizzleSession")
@Table(name = "`auth_adapter__session`")
@Convert(attributeName = "expires", converter = UtcDateTimeConverter.class)
public class DrizzleSessionEntity extends AuthJsSessionColumns<String> {

}
