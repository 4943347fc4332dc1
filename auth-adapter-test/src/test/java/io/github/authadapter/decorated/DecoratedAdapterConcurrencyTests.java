package io.github.authadapter.decorated;

import javax.sql.DataSource;

import io.github.authadapter.decorated.DecoratedAdapterApplication.AuditingAdapter;
import io.github.authadapter.test.TestDatabase;
import io.github.authadapter.test.concurrency.AbstractConcurrencyTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The races on the starter's Adapter decorated by the application, added to the suite's application as a user adds
 * theirs: the decorator keeps every guarantee.
 */
class DecoratedAdapterConcurrencyTests extends AbstractConcurrencyTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

	@Override
	protected SpringApplicationBuilder configure(SpringApplicationBuilder application) {
		return application.sources(DecoratedAdapterApplication.class);
	}

	@Test
	void theRacesRunOnTheDecoratedAdapter() {
		assertThat(adapter()).isInstanceOf(AuditingAdapter.class);
	}

}
