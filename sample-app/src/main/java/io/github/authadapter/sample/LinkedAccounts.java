package io.github.authadapter.sample;

import java.util.List;

import io.github.authadapter.AdapterAccount;
import io.github.authadapter.jpa.AuthAdapterEntityTypes;
import io.github.authadapter.jpa.AuthJsAccountColumns;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Metamodel;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OAuth and other accounts linked to a user, for the account page.
 */
@Component
class LinkedAccounts {

	private final EntityManager entityManager;

	LinkedAccounts(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	List<AdapterAccount> findByUserId(String userId) {
		// The entities that map the tables may be the starter's, a preset's or the application's own subclasses.
		Metamodel metamodel = this.entityManager.getMetamodel();
		AuthAdapterEntityTypes types = AuthAdapterEntityTypes.from(metamodel);
		String entity = metamodel.entity(types.account()).getName();
		boolean textIds = metamodel.entity(types.user()).getIdType().getJavaType() == String.class;
		return this.entityManager
			.createQuery("select a from " + entity + " a where a.userId = :userId order by a.provider",
					AuthJsAccountColumns.class)
			.setParameter("userId", textIds ? userId : Long.valueOf(userId))
			.getResultStream()
			.map(AuthJsAccountColumns::toAdapterAccount)
			.toList();
	}

}
