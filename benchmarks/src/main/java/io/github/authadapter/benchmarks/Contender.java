package io.github.authadapter.benchmarks;

/**
 * An implementation of the adapter calls that the benchmark measures.
 */
interface Contender {

	/**
	 * The name in tables and charts.
	 */
	String name();

	/**
	 * Whether this contender takes part in measurements of the operation.
	 */
	default boolean supports(Operation operation) {
		return true;
	}

	Sample measure(Measurement measurement);

}
