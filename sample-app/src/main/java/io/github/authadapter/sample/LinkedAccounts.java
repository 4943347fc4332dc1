package io.github.authadapter.sample;

import java.util.List;

import io.github.authadapter.AdapterAccount;
import io.github.authadapter.jpa.AbstractAccountEntity;
import io.github.authadapter.jpa.AuthAdapterEntityTypes;
import jakarta.persistence.EntityManager;

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
		// The entity that maps the accounts table may be the starter's or an application's own subclass.
		Class<? extends AbstractAccountEntity> type = AuthAdapterEntityTypes.from(this.entityManager.getMetamodel())
			.account();
		String entity = this.entityManager.getMetamodel().entity(type).getName();
		return this.entityManager
			.createQuery("select a from " + entity + " a where a.userId = :userId order by a.provider",
					AbstractAccountEntity.class)
			.setParameter("userId", Long.valueOf(userId))
			.getResultStream()
			.map(AbstractAccountEntity::toAdapterAccount)
			.toList();
	}

}
