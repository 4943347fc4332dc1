package io.github.authadapter.test;

import javax.sql.DataSource;

import io.github.authadapter.Adapter;
import io.github.authadapter.jpa.AuthAdapterEntityTypes;
import io.github.authadapter.jpa.JpaAdapter;
import io.github.authadapter.jpa.UserIdGenerator;
import io.github.authadapter.jpa.VerificationTokenConsumer;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The contract suite with the locked read-and-delete that databases without {@code DELETE ... RETURNING}, such as
 * MySQL, consume tokens with; run on MariaDB, whose locking behaves as MySQL's.
 */
class MariadbLockingTokenConsumerContractTests extends AbstractAdapterContractTests {

	@RegisterExtension
	static final TestDatabase database = TestDatabase.mariadb();

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

	@Override
	protected Adapter createAdapter(DataSource dataSource) {
		super.createAdapter(dataSource);
		EntityManagerFactory entityManagerFactory = applicationContext().getBean(EntityManagerFactory.class);
		AuthAdapterEntityTypes types = AuthAdapterEntityTypes.from(entityManagerFactory.getMetamodel());
		return new JpaAdapter(SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory),
				applicationContext().getBean(PlatformTransactionManager.class), types,
				VerificationTokenConsumer.locking(types.verificationToken()), UserIdGenerator.RANDOM_UUID);
	}

}
