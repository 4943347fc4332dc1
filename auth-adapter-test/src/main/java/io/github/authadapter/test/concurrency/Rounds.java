package io.github.authadapter.test.concurrency;

/**
 * How many times a race is run: a number that keeps the build short, or ten times as many with
 * {@code -Dauthadapter.soak=true}, which the Maven profile {@code soak} sets.
 */
final class Rounds {

	/**
	 * The system property that turns on the long runs.
	 */
	static final String SOAK_PROPERTY = "authadapter.soak";

	private static final int SOAK_FACTOR = 10;

	private Rounds() {
	}

	static int of(int rounds) {
		return Boolean.getBoolean(SOAK_PROPERTY) ? rounds * SOAK_FACTOR : rounds;
	}

}
