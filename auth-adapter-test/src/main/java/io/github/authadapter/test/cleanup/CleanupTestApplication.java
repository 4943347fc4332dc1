package io.github.authadapter.test.cleanup;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.authadapter.jpa.ExpiredRowsListener;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * One instance of an application whose cleaner the tests run by hand, recording each batch it deletes and counting
 * the rows in a meter registry of its own.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class CleanupTestApplication {

	@Bean
	DeletedBatches deletedBatches() {
		return new DeletedBatches();
	}

	@Bean
	SimpleMeterRegistry meterRegistry() {
		return new SimpleMeterRegistry();
	}

	/**
	 * The number of rows of each batch, by table, in the order they were deleted.
	 */
	static class DeletedBatches implements ExpiredRowsListener {

		final List<Integer> sessions = new CopyOnWriteArrayList<>();

		final List<Integer> verificationTokens = new CopyOnWriteArrayList<>();

		@Override
		public void deleted(String table, int rows) {
			(table.equals("sessions") ? this.sessions : this.verificationTokens).add(rows);
		}

		void clear() {
			this.sessions.clear();
			this.verificationTokens.clear();
		}

	}

}
