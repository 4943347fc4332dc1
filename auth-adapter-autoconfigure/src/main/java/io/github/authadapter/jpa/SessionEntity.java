package io.github.authadapter.jpa;

import java.time.Instant;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;

/**
 * The default entity of the {@code sessions} table, with the device columns that the starter's migrations add.
 */
@Entity(name = "AuthAdapterSession")
@Table(name = AuthJsNames.SESSIONS)
@EntityListeners(SessionDeviceColumns.Listener.class)
public class SessionEntity extends AbstractSessionEntity implements SessionDeviceColumns.Owner {

	@Embedded
	private SessionDeviceColumns device = new SessionDeviceColumns();

	@Override
	public SessionDeviceColumns device() {
		return this.device;
	}

	@Override
	protected void expiryMoved() {
		// The sliding expiry writes the row at most once per update-age: last use is kept to that precision.
		this.device.used(Instant.now());
	}

}
