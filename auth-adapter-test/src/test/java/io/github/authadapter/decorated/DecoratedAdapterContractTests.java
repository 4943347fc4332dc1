package io.github.authadapter.decorated;

import javax.sql.DataSource;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.decorated.DecoratedAdapterApplication.AuditingAdapter;
import io.github.authadapter.test.AbstractAdapterContractTests;
import io.github.authadapter.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract suite on the starter's Adapter decorated by the application, which still meets the contract.
 */
class DecoratedAdapterContractTests extends AbstractAdapterContractTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.h2();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

	@Override
	protected Adapter createAdapter(DataSource dataSource) {
		return startApplication(dataSource, DecoratedAdapterApplication.class);
	}

	@Test
	void theApplicationGetsTheDecoratedAdapter() {
		assertThat(adapter()).isInstanceOf(AuditingAdapter.class);
		adapter().createUser(AdapterUser.withEmail("audited@example.com"));
		assertThat(((AuditingAdapter) adapter()).createdUsers).contains("audited@example.com");
	}

}
