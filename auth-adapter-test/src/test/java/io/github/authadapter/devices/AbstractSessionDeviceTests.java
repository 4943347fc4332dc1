package io.github.authadapter.devices;

import java.time.Instant;
import java.util.List;

import io.github.authadapter.AdapterUser;
import io.github.authadapter.SessionDevice;
import io.github.authadapter.session.ActiveSession;
import io.github.authadapter.session.ActiveSessions;
import io.github.authadapter.session.SessionCookies;
import io.github.authadapter.test.RunningApplication;
import io.github.authadapter.test.StarterApplication;
import io.github.authadapter.test.TestDatabase;
import io.github.authadapter.test.oauth.TestBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The device of each database session, as an account page lists it: a sign-in through the real email flow stores
 * the browser's User-Agent and when the session started, and a request that moves the session's expiry (update-age
 * 0 here) moves its last use. Subclasses choose the database and the schema; a schema without the device columns
 * signs in and lists its sessions all the same, without devices.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractSessionDeviceTests {

	private RunningApplication app;

	/**
	 * The database of the application, registered by the subclass as an extension.
	 */
	protected abstract TestDatabase database();

	/**
	 * Properties of the application, such as a schema preset; none for the starter's own schema.
	 */
	protected String[] properties() {
		return new String[0];
	}

	/**
	 * Whether the schema has the device columns.
	 */
	protected boolean keepsDevices() {
		return true;
	}

	/**
	 * Creates a preset's tables before the application starts; the starter's migrations need nothing.
	 */
	protected void createSchema() {
	}

	@BeforeAll
	void start() {
		createSchema();
		this.app = RunningApplication.start(RunningApplication.builder(database().dataSource(), StarterApplication.class)
			.properties("auth.adapter.session.update-age=0")
			.properties(properties()));
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void aSignInStoresTheBrowsersUserAgentAndWhenItStartedAndAMovedExpiryItsLastUse() {
		String email = "device-" + System.nanoTime() + "@mail.example";
		TestBrowser browser = new TestBrowser();
		Instant before = Instant.now();
		this.app.confirmLink(browser, this.app.csrfToken(browser), email, this.app.issueLink(email));
		Instant after = Instant.now();
		String token = browser.cookie(this.app.url("/"), SessionCookies.SESSION_TOKEN).orElseThrow();
		String userId = this.app.adapter().getUserByEmail(email).map(AdapterUser::id).orElseThrow();

		ActiveSession started = single(userId, token);
		if (!keepsDevices()) {
			assertThat(started.device()).isNull();
		}
		else {
			SessionDevice device = started.device();
			assertThat(device).isNotNull();
			// Java's HTTP client names itself, as a browser does.
			assertThat(device.userAgent()).startsWith("Java-http-client/");
			assertThat(device.startedAt()).isBetween(before.minusMillis(1), after.plusMillis(1));
			assertThat(device.lastUsedAt()).isEqualTo(device.startedAt());
		}

		assertThat(browser.get(this.app.url("/api/auth/session")).body()).contains(email);
		ActiveSession used = single(userId, token);
		assertThat(used.expires()).isAfter(started.expires());
		if (!keepsDevices()) {
			assertThat(used.device()).isNull();
		}
		else {
			assertThat(used.device().userAgent()).isEqualTo(started.device().userAgent());
			assertThat(used.device().startedAt()).isEqualTo(started.device().startedAt());
			assertThat(used.device().lastUsedAt()).isAfter(started.device().lastUsedAt()).isBefore(Instant.now());
		}
	}

	private ActiveSession single(String userId, String token) {
		List<ActiveSession> sessions = this.app.bean(ActiveSessions.class).list(userId, token);
		assertThat(sessions).singleElement().satisfies((session) -> assertThat(session.current()).isTrue());
		return sessions.get(0);
	}

}
