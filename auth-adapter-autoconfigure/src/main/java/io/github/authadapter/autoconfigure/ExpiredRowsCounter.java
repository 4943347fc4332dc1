package io.github.authadapter.autoconfigure;

import io.github.authadapter.jpa.ExpiredRowsListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Counts the deleted expired rows in the Micrometer counter {@value #NAME}, tagged with the logical name of the
 * table.
 */
class ExpiredRowsCounter implements ExpiredRowsListener {

	static final String NAME = "auth.adapter.cleanup.deleted";

	private final ObjectProvider<MeterRegistry> meterRegistry;

	ExpiredRowsCounter(ObjectProvider<MeterRegistry> meterRegistry) {
		this.meterRegistry = meterRegistry;
	}

	@Override
	public void deleted(String table, int rows) {
		// Resolved at each batch: the registry may be defined after the cleanup, or not at all.
		this.meterRegistry.ifAvailable((registry) -> Counter.builder(NAME)
			.description("Expired sessions and verification tokens that the scheduled cleanup deleted")
			.baseUnit("rows")
			.tag("table", table)
			.register(registry)
			.increment(rows));
	}

}
