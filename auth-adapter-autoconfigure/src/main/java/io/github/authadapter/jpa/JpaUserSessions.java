package io.github.authadapter.jpa;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.authadapter.AdapterSession;
import io.github.authadapter.Arguments;
import io.github.authadapter.SessionDevice;
import io.github.authadapter.UserSessions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Metamodel;
import org.jspecify.annotations.Nullable;

import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link UserSessions} on the session entity of the persistence unit, whichever schema it maps.
 */
public class JpaUserSessions implements UserSessions {

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final String sessionEntity;

	private final UserIdType userIds;

	private final ExtraAttributes sessionAttributes;

	private final boolean devices;

	public JpaUserSessions(EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactionManager) {
		this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
		this.transaction = new TransactionTemplate(transactionManager);
		Metamodel metamodel = entityManagerFactory.getMetamodel();
		AuthAdapterEntityTypes types = AuthAdapterEntityTypes.from(metamodel);
		this.sessionEntity = metamodel.entity(types.session()).getName();
		this.userIds = UserIdType.of(metamodel.entity(types.user()).getIdType().getJavaType());
		this.sessionAttributes = ExtraAttributes.of(metamodel, types.session(), AbstractSessionEntity.class);
		this.devices = SessionDeviceColumns.Owner.class.isAssignableFrom(types.session());
	}

	@Override
	public List<AdapterSession> findByUserId(String userId) {
		Arguments.requireText(userId, "userId");
		return this.userIds.parse(userId).map((id) -> this.transaction.execute((status) -> {
			status.setRollbackOnly();
			return this.entityManager
				.createQuery("select s from " + this.sessionEntity + " s where s.userId = :userId order by s.expires",
						AuthJsSessionColumns.class)
				.setParameter("userId", id)
				.getResultStream()
				.map((session) -> session.toAdapterSession().withAttributes(this.sessionAttributes.read(session)))
				.toList();
		})).orElse(List.of());
	}

	@Override
	public Map<String, SessionDevice> findDevicesByUserId(String userId) {
		Arguments.requireText(userId, "userId");
		if (!this.devices) {
			return Map.of();
		}
		return this.userIds.parse(userId).map((id) -> this.transaction.execute((status) -> {
			status.setRollbackOnly();
			return this.entityManager
				.createQuery("select s from " + this.sessionEntity + " s where s.userId = :userId",
						AuthJsSessionColumns.class)
				.setParameter("userId", id)
				.getResultStream()
				.collect(Collectors.toMap(AuthJsSessionColumns::getSessionToken,
						(session) -> ((SessionDeviceColumns.Owner) session).device().toSessionDevice()));
		})).orElse(Map.of());
	}

	@Override
	public void recordUserAgent(String sessionToken, @Nullable String userAgent) {
		Arguments.requireText(sessionToken, "sessionToken");
		String stored = SessionDeviceColumns.truncated(userAgent);
		if (!this.devices || stored == null) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> this.entityManager
			.createQuery("update " + this.sessionEntity
					+ " s set s.device.userAgent = :userAgent where s.sessionToken = :sessionToken")
			.setParameter("userAgent", stored)
			.setParameter("sessionToken", sessionToken)
			.executeUpdate());
	}

	@Override
	public int deleteByUserId(String userId) {
		Arguments.requireText(userId, "userId");
		return this.userIds.parse(userId)
			.map((id) -> this.transaction.execute((status) -> this.entityManager
				.createQuery("delete from " + this.sessionEntity + " s where s.userId = :userId")
				.setParameter("userId", id)
				.executeUpdate()))
			.orElse(0);
	}

}
