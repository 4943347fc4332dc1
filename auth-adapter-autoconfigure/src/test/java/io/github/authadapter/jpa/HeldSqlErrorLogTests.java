package io.github.authadapter.jpa;

import java.util.ArrayList;
import java.util.List;

import io.github.authadapter.EmailAlreadyInUseException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class HeldSqlErrorLogTests {

	private final List<String> logged = new ArrayList<>();

	@Test
	void outsideAWriteNothingIsHeld() {
		assertThat(HeldSqlErrorLog.offer(() -> this.logged.add("line"))).isFalse();
	}

	@Test
	void aWriteThatEndsWithAnAdapterExceptionDropsItsLines() {
		assertThatExceptionOfType(EmailAlreadyInUseException.class).isThrownBy(() -> HeldSqlErrorLog.during(() -> {
			assertThat(HeldSqlErrorLog.offer(() -> this.logged.add("duplicate key"))).isTrue();
			throw new EmailAlreadyInUseException("a@example.com", new RuntimeException());
		}));
		assertThat(this.logged).isEmpty();
		assertThat(HeldSqlErrorLog.offer(() -> this.logged.add("later"))).isFalse();
	}

	@Test
	void aWriteThatEndsOtherwiseLogsItsLinesInOrder() {
		assertThatIllegalStateException().isThrownBy(() -> HeldSqlErrorLog.during(() -> {
			HeldSqlErrorLog.offer(() -> this.logged.add("error code"));
			HeldSqlErrorLog.offer(() -> this.logged.add("message"));
			throw new IllegalStateException("check constraint");
		}));
		assertThat(this.logged).containsExactly("error code", "message");
		assertThat(HeldSqlErrorLog.during(() -> HeldSqlErrorLog.offer(() -> this.logged.add("success")))).isTrue();
		assertThat(this.logged).endsWith("success");
	}

	@Test
	void aNestedWriteHoldsItsOwnLinesAndTheOuterOneResumes() {
		HeldSqlErrorLog.during(() -> {
			assertThatExceptionOfType(EmailAlreadyInUseException.class).isThrownBy(() -> HeldSqlErrorLog.during(() -> {
				HeldSqlErrorLog.offer(() -> this.logged.add("inner"));
				throw new EmailAlreadyInUseException("a@example.com", new RuntimeException());
			}));
			assertThat(HeldSqlErrorLog.offer(() -> this.logged.add("outer"))).isTrue();
			return null;
		});
		assertThat(this.logged).containsExactly("outer");
	}

}
