package io.github.authadapter.benchmarks;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * One timed run of an operation by a number of concurrent callers.
 *
 * @param operation what each call does
 * @param sessions the number of loaded sessions, the range of random users and session tokens
 * @param callers the number of concurrent callers: threads in Java, async loops in Node
 * @param duration how long the callers keep calling
 * @param tokenBatch the verification tokens loaded for the run, null unless the operation consumes tokens
 */
record Measurement(Operation operation, int sessions, int callers, Duration duration,
		@Nullable TokenBatch tokenBatch) {

	Measurement {
		if (operation.consumesTokens() && tokenBatch == null) {
			throw new IllegalArgumentException(operation.key() + " needs a tokenBatch of loaded verification tokens");
		}
	}

	/**
	 * Verification tokens {@code 1..count} of a batch; a run that uses them all ends early.
	 */
	record TokenBatch(String name, int count) {

	}

}
