package io.github.authadapter.jpa;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The User-Agent as a session's device keeps it: bounded, printable, whole characters.
 */
class SessionDeviceColumnsTests {

	@Test
	void aLongUserAgentIsCutToTheColumnsLength() {
		assertThat(SessionDeviceColumns.truncated("M".repeat(10_000))).hasSize(SessionDeviceColumns.MAX_USER_AGENT_LENGTH);
	}

	@Test
	void aCutNeverSplitsASurrogatePair() {
		String userAgent = "M".repeat(SessionDeviceColumns.MAX_USER_AGENT_LENGTH - 1) + "😀 and more";
		assertThat(SessionDeviceColumns.truncated(userAgent))
			.isEqualTo("M".repeat(SessionDeviceColumns.MAX_USER_AGENT_LENGTH - 1));
	}

	@Test
	void controlCharactersBecomeSpacesAndABlankUserAgentIsNone() {
		assertThat(SessionDeviceColumns.truncated("Mozilla/5.0\r\nX-Evil: 1\u0000")).isEqualTo("Mozilla/5.0  X-Evil: 1");
		assertThat(SessionDeviceColumns.truncated(" \t ")).isNull();
		assertThat(SessionDeviceColumns.truncated(null)).isNull();
	}

	@Test
	void aShortUserAgentIsKeptAsSent() {
		String firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
		assertThat(SessionDeviceColumns.truncated(firefox)).isEqualTo(firefox);
	}

}
