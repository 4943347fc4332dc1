package io.github.authadapter.jpa;

import java.time.Instant;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The default entity of the {@code sessions} table, with the device columns that the starter's migrations add.
 */
@Entity(name = "AuthAdapterSession")
@Table(name = AuthJsNames.SESSIONS)
public class SessionEntity extends AbstractSessionEntity implements SessionDeviceColumns.Owner {

	// Hibernate loads a row whose device columns are all null, such as one that Auth.js wrote, without an instance.
	@Embedded
	private @Nullable SessionDeviceColumns device = new SessionDeviceColumns();

	@Override
	public SessionDeviceColumns device() {
		if (this.device == null) {
			this.device = new SessionDeviceColumns();
		}
		return this.device;
	}

	@Override
	protected void expiryMoved(Instant now) {
		// The sliding expiry writes the row at most once per update-age: last use is kept to that precision.
		device().used(now);
	}

}
