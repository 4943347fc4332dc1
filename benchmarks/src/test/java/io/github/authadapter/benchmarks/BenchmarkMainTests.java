package io.github.authadapter.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkMainTests {

	@Test
	void aNewReportKeepsTheStartupSectionMeasuredByHand() {
		String previous = "# Benchmarks\n\nold figures\n\n" + BenchmarkMain.STARTUP_SECTION + "\n\n3.0 s with CDS\n";

		assertThat(BenchmarkMain.keepingTheStartupSection("# Benchmarks\n\nnew figures\n", previous))
			.isEqualTo("# Benchmarks\n\nnew figures\n\n" + BenchmarkMain.STARTUP_SECTION + "\n\n3.0 s with CDS\n");
	}

	@Test
	void aReportWithoutAPreviousStartupSectionIsWrittenAsItIs() {
		assertThat(BenchmarkMain.keepingTheStartupSection("# Benchmarks\n\nnew figures\n", "# Benchmarks\n\nold\n"))
			.isEqualTo("# Benchmarks\n\nnew figures\n");
	}

}
