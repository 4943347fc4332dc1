package io.github.authadapter.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BenchmarkSettingsTests {

	@Test
	void noArgumentsGiveTheReferenceRun() {
		BenchmarkSettings settings = BenchmarkSettings.parse(Map.of());

		assertThat(settings).isEqualTo(BenchmarkSettings.DEFAULTS);
		assertThat(settings.differencesFromDefaults()).isEmpty();
		assertThat(settings.allSessionCounts()).containsExactly(10_000, 100_000, 1_000_000);
		assertThat(settings.sessionCountsInRunOrder()).containsExactly(100_000, 10_000, 1_000_000);
	}

	@Test
	void quickShortensTheRunAndSaysSo() {
		BenchmarkSettings settings = BenchmarkSettings.parse("--quick", "--rounds=3");

		assertThat(settings.rounds()).isEqualTo(3);
		assertThat(settings.measurement()).isEqualTo(Duration.ofMillis(500));
		assertThat(settings.requestMeasurement()).isEqualTo(Duration.ofSeconds(1));
		assertThat(settings.scaleSessions()).containsExactly(10_000);
		assertThat(settings.differencesFromDefaults()).contains("rounds 3 instead of 5");
	}

	@Test
	void wholeRequestsAreMeasuredForFiveSecondsUnlessSetOtherwise() {
		assertThat(BenchmarkSettings.parse().requestMeasurement()).isEqualTo(Duration.ofSeconds(5));
		BenchmarkSettings settings = BenchmarkSettings.parse("--request-millis=15000");
		assertThat(settings.requestMeasurement()).isEqualTo(Duration.ofSeconds(15));
		assertThat(settings.differencesFromDefaults())
			.containsExactly("whole-request measurement 15000 ms instead of 5000 ms");
	}

	@Test
	void thePoolHasAConnectionForEveryThreadUnlessSetOtherwise() {
		assertThat(BenchmarkSettings.parse("--threads=2,8").poolSize()).isEqualTo(8);
		assertThat(BenchmarkSettings.parse("--threads=2,8", "--pool-size=4").poolSize()).isEqualTo(4);
		assertThat(BenchmarkSettings.parse("--scale-sessions=").scaleSessions()).isEqualTo(List.of());
	}

	@Test
	void badArgumentsAreRefusedByName() {
		assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkSettings.parse("--sessions=many"))
			.withMessageContaining("--sessions must be a whole number");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkSettings.parse("--threads=0"))
			.withMessageContaining("--threads must be at least 1");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkSettings.parse("--sesions=5"))
			.withMessageContaining("Unknown argument --sesions");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkSettings.parse("--jdbc-url=jdbc:h2:mem:x"))
			.withMessageContaining("--jdbc-url must be a PostgreSQL URL");
	}

	@Test
	void thePasswordComesFromPgpasswordUnlessAnArgumentGivesIt() {
		Map<String, String> environment = Map.of("PGPASSWORD", "from-the-environment");

		assertThat(BenchmarkSettings.parse(environment).password()).isEqualTo("from-the-environment");
		assertThat(BenchmarkSettings.parse(environment, "--password=given").password()).isEqualTo("given");
		assertThat(BenchmarkSettings.parse(Map.of()).password()).isEmpty();
	}

	@Test
	void thePasswordStaysOutOfTheDescription() {
		assertThat(BenchmarkSettings.parse("--password=s3cret").toString()).doesNotContain("s3cret");
	}

}
