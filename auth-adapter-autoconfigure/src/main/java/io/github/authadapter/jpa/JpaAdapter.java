package io.github.authadapter.jpa;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.authadapter.Adapter;
import io.github.authadapter.AdapterAccount;
import io.github.authadapter.AdapterAuthenticator;
import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.Arguments;
import io.github.authadapter.AuthenticatorNotFoundException;
import io.github.authadapter.SessionAndUser;
import io.github.authadapter.SessionUpdate;
import io.github.authadapter.UserNotFoundException;
import io.github.authadapter.UserUpdate;
import io.github.authadapter.VerificationToken;
import io.github.authadapter.encryption.TokenCipher;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.metamodel.Metamodel;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanUtils;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link Adapter} on JPA. Each write runs in a transaction of its own, or joins the caller's; a method of one
 * statement, such as the session lookup, runs without one unless the caller has one.
 */
public class JpaAdapter implements Adapter {

	private static final Log logger = LogFactory.getLog(JpaAdapter.class);

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final AuthAdapterEntityTypes types;

	private final JpqlStatements jpql;

	private final VerificationTokenConsumer verificationTokenConsumer;

	private final ConstraintViolations constraintViolations;

	private final ExtraAttributes userAttributes;

	private final ExtraAttributes accountAttributes;

	private final ExtraAttributes sessionAttributes;

	private final UserIdType userIds;

	private final UserIdGenerator userIdGenerator;

	// The cipher works here rather than in a JPA AttributeConverter: Hibernate creates converters itself, per
	// persistence unit and from Spring beans only through its bean container, so a misconfigured one would silently
	// store plaintext; here the cipher is an ordinary argument, and the entities keep modelling what the columns hold.
	private final TokenCipher tokenCipher;

	private final @Nullable JdbcSessionLookup jdbcSessionLookup;

	/**
	 * The dates of session devices and authenticators, the starter's {@code AuthAdapterClock} where it creates the
	 * adapter, so that they agree with the expiries that the same clock computes.
	 */
	private final Clock clock;

	/**
	 * Creates an adapter.
	 * @param entityManager a shared, transaction-bound entity manager
	 * @param transactionManager the transaction manager of that entity manager
	 * @param types the entities of the tables
	 * @param verificationTokenConsumer how this database consumes tokens atomically
	 * @param userIdGenerator the ids of new users, where the database generates none
	 */
	public JpaAdapter(EntityManager entityManager, PlatformTransactionManager transactionManager,
			AuthAdapterEntityTypes types, VerificationTokenConsumer verificationTokenConsumer,
			UserIdGenerator userIdGenerator) {
		this(entityManager, transactionManager, types, verificationTokenConsumer, userIdGenerator,
				TokenCipher.PLAINTEXT);
	}

	/**
	 * Creates an adapter that stores the OAuth tokens of accounts as the given cipher makes them.
	 * @param entityManager a shared, transaction-bound entity manager
	 * @param transactionManager the transaction manager of that entity manager
	 * @param types the entities of the tables
	 * @param verificationTokenConsumer how this database consumes tokens atomically
	 * @param userIdGenerator the ids of new users, where the database generates none
	 * @param tokenCipher what the access, refresh and ID tokens of accounts are stored as
	 */
	public JpaAdapter(EntityManager entityManager, PlatformTransactionManager transactionManager,
			AuthAdapterEntityTypes types, VerificationTokenConsumer verificationTokenConsumer,
			UserIdGenerator userIdGenerator, TokenCipher tokenCipher) {
		this(entityManager, transactionManager, types, DatabaseDialect.of(entityManager.getEntityManagerFactory()),
				verificationTokenConsumer, userIdGenerator, tokenCipher, Clock.systemUTC());
	}

	private JpaAdapter(EntityManager entityManager, PlatformTransactionManager transactionManager,
			AuthAdapterEntityTypes types, DatabaseDialect dialect, VerificationTokenConsumer verificationTokenConsumer,
			UserIdGenerator userIdGenerator, TokenCipher tokenCipher, Clock clock) {
		this.entityManager = entityManager;
		this.transaction = new FirstFailureTransactionTemplate(transactionManager);
		this.types = types;
		this.jpql = new JpqlStatements(entityManager.getMetamodel(), types);
		this.verificationTokenConsumer = verificationTokenConsumer;
		this.constraintViolations = new ConstraintViolations(dialect);
		Metamodel metamodel = entityManager.getMetamodel();
		this.userAttributes = ExtraAttributes.of(metamodel, types.user(), AbstractUserEntity.class);
		this.accountAttributes = ExtraAttributes.of(metamodel, types.account(), AbstractAccountEntity.class);
		this.sessionAttributes = ExtraAttributes.of(metamodel, types.session(), AbstractSessionEntity.class);
		this.userIds = UserIdType.of(metamodel.entity(types.user()).getIdType().getJavaType());
		this.userIdGenerator = userIdGenerator;
		this.tokenCipher = tokenCipher;
		this.jdbcSessionLookup = JdbcSessionLookup.of(entityManager.getEntityManagerFactory(), types,
				this.sessionAttributes, this.userAttributes);
		this.clock = clock;
	}

	/**
	 * Creates an adapter on the entities of the persistence unit and the {@link DatabaseDialect} of its database.
	 * @param entityManagerFactory the factory of the persistence unit that maps the Auth.js tables
	 * @param transactionManager the transaction manager of that persistence unit
	 */
	public static JpaAdapter create(EntityManagerFactory entityManagerFactory,
			PlatformTransactionManager transactionManager) {
		return create(entityManagerFactory, transactionManager, UserIdGenerator.RANDOM_UUID);
	}

	/**
	 * Creates an adapter on the entities of the persistence unit and the {@link DatabaseDialect} of its database.
	 * @param entityManagerFactory the factory of the persistence unit that maps the Auth.js tables
	 * @param transactionManager the transaction manager of that persistence unit
	 * @param userIdGenerator the ids of new users, where the database generates none
	 */
	public static JpaAdapter create(EntityManagerFactory entityManagerFactory,
			PlatformTransactionManager transactionManager, UserIdGenerator userIdGenerator) {
		return create(entityManagerFactory, transactionManager, userIdGenerator, TokenCipher.PLAINTEXT);
	}

	/**
	 * Creates an adapter on the entities of the persistence unit and the {@link DatabaseDialect} of its database.
	 * @param entityManagerFactory the factory of the persistence unit that maps the Auth.js tables
	 * @param transactionManager the transaction manager of that persistence unit
	 * @param userIdGenerator the ids of new users, where the database generates none
	 * @param tokenCipher what the access, refresh and ID tokens of accounts are stored as
	 * @throws SchemaMismatchException if a table or column that the entities map is not in the database, or holds
	 * values of another kind
	 */
	public static JpaAdapter create(EntityManagerFactory entityManagerFactory,
			PlatformTransactionManager transactionManager, UserIdGenerator userIdGenerator, TokenCipher tokenCipher) {
		return create(entityManagerFactory, transactionManager, userIdGenerator, tokenCipher, Clock.systemUTC());
	}

	/**
	 * Creates an adapter on the entities of the persistence unit and the {@link DatabaseDialect} of its database.
	 * @param entityManagerFactory the factory of the persistence unit that maps the Auth.js tables
	 * @param transactionManager the transaction manager of that persistence unit
	 * @param userIdGenerator the ids of new users, where the database generates none
	 * @param tokenCipher what the access, refresh and ID tokens of accounts are stored as
	 * @param clock the clock of the dates that the adapter writes: when a session started and was last used, when a
	 * passkey was registered and last signed in
	 * @throws SchemaMismatchException if a table or column that the entities map is not in the database, or holds
	 * values of another kind
	 */
	public static JpaAdapter create(EntityManagerFactory entityManagerFactory,
			PlatformTransactionManager transactionManager, UserIdGenerator userIdGenerator, TokenCipher tokenCipher,
			Clock clock) {
		AuthAdapterEntityTypes types = AuthAdapterEntityTypes.from(entityManagerFactory.getMetamodel());
		MappedSchemaVerifier.verify(entityManagerFactory, types);
		SessionFactoryImplementor sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		String tokenTable = ((AbstractEntityPersister) sessionFactory.getMappingMetamodel()
			.getEntityDescriptor(types.verificationToken())).getTableName();
		DatabaseDialect dialect = DatabaseDialect.of(entityManagerFactory);
		return new JpaAdapter(SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory),
				transactionManager, types, dialect,
				dialect.verificationTokenConsumer(types.verificationToken(), tokenTable), userIdGenerator, tokenCipher,
				clock);
	}

	@Override
	public AdapterUser createUser(AdapterUser user) {
		Arguments.requireValue(user, "user");
		return write(() -> {
			AuthJsUserColumns entity = BeanUtils.instantiateClass(this.types.user());
			if (this.userIds == UserIdType.TEXT) {
				entity.assignId(this.userIdGenerator.generateId());
			}
			entity.setName(user.name());
			entity.setEmail(user.email());
			entity.setEmailVerified(user.emailVerified());
			entity.setImage(user.image());
			this.userAttributes.write(entity, user.attributes());
			persistAndFlush(entity, user.email(), null, null);
			return toUser(entity);
		});
	}

	@Override
	public Optional<AdapterUser> getUser(String id) {
		Arguments.requireText(id, "id");
		return this.userIds.parse(id)
			.flatMap((userId) -> read(() -> Optional.ofNullable(this.entityManager.find(this.types.user(), userId))
				.map(this::toUser)));
	}

	@Override
	public Optional<AdapterUser> getUserByEmail(String email) {
		Arguments.requireText(email, "email");
		return read(() -> single(this.entityManager.createQuery(this.jpql.userByEmail(), AuthJsUserColumns.class)
			.setParameter("email", email)).map(this::toUser));
	}

	@Override
	public Optional<AdapterUser> getUserByAccount(String provider, String providerAccountId) {
		Arguments.requireText(provider, "provider");
		Arguments.requireText(providerAccountId, "providerAccountId");
		return read(() -> single(this.entityManager.createQuery(this.jpql.userByAccount(), AuthJsUserColumns.class)
			.setParameter("provider", provider)
			.setParameter("providerAccountId", providerAccountId)).map(this::toUser));
	}

	@Override
	public Optional<AdapterUser> updateUser(UserUpdate update) {
		Arguments.requireValue(update, "update");
		Optional<Object> id = this.userIds.parse(update.id());
		if (id.isEmpty()) {
			return Optional.empty();
		}
		return write(() -> {
			AuthJsUserColumns entity = this.entityManager.find(this.types.user(), id.get());
			if (entity == null) {
				return Optional.empty();
			}
			if (update.name() != null) {
				entity.setName(update.name().orElse(null));
			}
			if (update.email() != null) {
				entity.setEmail(update.email().orElse(null));
			}
			if (update.emailVerified() != null) {
				entity.setEmailVerified(update.emailVerified().orElse(null));
			}
			if (update.image() != null) {
				entity.setImage(update.image().orElse(null));
			}
			this.userAttributes.write(entity, update.attributes());
			flush(entity.getEmail(), null, null);
			return Optional.of(toUser(entity));
		});
	}

	@Override
	public void deleteUser(String id) {
		Arguments.requireText(id, "id");
		// The starter's schema cascades the delete to the user's rows, but the schemas of other Auth.js adapters
		// may not, so they are deleted first.
		this.userIds.parse(id).ifPresent((userId) -> write(() -> {
			for (String statement : this.jpql.deleteRowsOfUser()) {
				this.entityManager.createQuery(statement).setParameter("userId", userId).executeUpdate();
			}
			return this.entityManager.createQuery(this.jpql.deleteUser()).setParameter("id", userId).executeUpdate();
		}));
	}

	@Override
	public AdapterAccount linkAccount(AdapterAccount account) {
		Arguments.requireValue(account, "account");
		Object userId = existingUserId(account.userId());
		return write(() -> {
			AuthJsAccountColumns entity = BeanUtils.instantiateClass(this.types.account());
			entity.copyFrom(this.tokenCipher.encryptTokens(account), userId);
			this.accountAttributes.write(entity, account.attributes());
			persistAndFlush(entity, null, account, account.userId());
			return toAccount(entity);
		});
	}

	@Override
	public void unlinkAccount(String provider, String providerAccountId) {
		Arguments.requireText(provider, "provider");
		Arguments.requireText(providerAccountId, "providerAccountId");
		write(() -> this.entityManager.createQuery(this.jpql.deleteAccount())
			.setParameter("provider", provider)
			.setParameter("providerAccountId", providerAccountId)
			.executeUpdate());
	}

	@Override
	public Optional<AdapterAccount> getAccount(String provider, String providerAccountId) {
		Arguments.requireText(provider, "provider");
		Arguments.requireText(providerAccountId, "providerAccountId");
		return read(() -> single(this.entityManager.createQuery(this.jpql.account(), AuthJsAccountColumns.class)
			.setParameter("provider", provider)
			.setParameter("providerAccountId", providerAccountId)).map(this::toAccount));
	}

	@Override
	public Optional<AdapterAccount> updateAccount(AdapterAccount account) {
		Arguments.requireValue(account, "account");
		return write(() -> {
			Optional<AuthJsAccountColumns> found = single(
					this.entityManager.createQuery(this.jpql.account(), AuthJsAccountColumns.class)
						.setParameter("provider", account.provider())
						.setParameter("providerAccountId", account.providerAccountId()));
			found.ifPresent((entity) -> entity.copyTokensFrom(this.tokenCipher.encryptTokens(account)));
			flush(null, null, null);
			return found.map(this::toAccount);
		});
	}

	@Override
	public Optional<AdapterAccount> updateAccountTokens(String provider, String providerAccountId,
			Function<AdapterAccount, Optional<AdapterAccount>> update) {
		Arguments.requireText(provider, "provider");
		Arguments.requireText(providerAccountId, "providerAccountId");
		Arguments.requireValue(update, "update");
		return write(() -> {
			Optional<AuthJsAccountColumns> found = single(
					this.entityManager.createQuery(this.jpql.account(), AuthJsAccountColumns.class)
						.setParameter("provider", provider)
						.setParameter("providerAccountId", providerAccountId));
			if (found.isEmpty()) {
				return Optional.<AdapterAccount>empty();
			}
			AuthJsAccountColumns entity = found.get();
			// SELECT ... FOR UPDATE by the row's id, re-reading the row once the lock is held: the entity may have
			// been read before, in this transaction or by the query above, before another caller's update committed.
			this.entityManager.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
			AdapterAccount current = toAccount(entity);
			Optional<AdapterAccount> updated = update.apply(current);
			if (updated.isEmpty()) {
				return Optional.of(current);
			}
			entity.copyTokensFrom(this.tokenCipher.encryptTokens(updated.get()));
			flush(null, null, null);
			return Optional.of(toAccount(entity));
		});
	}

	@Override
	public List<AdapterAccount> listAccountsByUserId(String userId) {
		Arguments.requireText(userId, "userId");
		Optional<Object> id = this.userIds.parse(userId);
		if (id.isEmpty()) {
			return List.of();
		}
		return read(() -> this.entityManager.createQuery(this.jpql.accountsByUser(), AuthJsAccountColumns.class)
			.setParameter("userId", id.get())
			.getResultList()
			.stream()
			.map(this::toListedAccount)
			.toList());
	}

	@Override
	public AdapterSession createSession(AdapterSession session) {
		Arguments.requireValue(session, "session");
		Object userId = existingUserId(session.userId());
		return write(() -> {
			AuthJsSessionColumns entity = BeanUtils.instantiateClass(this.types.session());
			entity.copyFrom(session, userId);
			if (entity instanceof SessionDeviceColumns.Owner owner) {
				owner.device().started(this.clock.instant());
			}
			this.sessionAttributes.write(entity, session.attributes());
			persistAndFlush(entity, null, null, session.userId());
			return toSession(entity);
		});
	}

	@Override
	public Optional<SessionAndUser> getSessionAndUser(String sessionToken) {
		Arguments.requireText(sessionToken, "sessionToken");
		// Inside a transaction the entity manager answers, so that the caller's unflushed changes count.
		if (this.jdbcSessionLookup != null && !TransactionSynchronizationManager.isSynchronizationActive()) {
			return this.jdbcSessionLookup.find(sessionToken);
		}
		return read(() -> single(this.entityManager.createQuery(this.jpql.sessionAndUser(), Object[].class)
			.setParameter("sessionToken", sessionToken))
			.map((row) -> new SessionAndUser(toSession((AuthJsSessionColumns) row[0]),
					toUser((AuthJsUserColumns) row[1]))));
	}

	@Override
	public Optional<AdapterSession> updateSession(SessionUpdate update) {
		Arguments.requireValue(update, "update");
		// One conditional UPDATE, not a read and a write of the entity: a session deleted between the two would make
		// the write fail, and the update's row lock keeps a concurrent delete waiting until the session is read back.
		return write(() -> {
			int updated = this.entityManager.createQuery(this.jpql.updateSessionExpiry())
				.setParameter("expires", update.expires())
				.setParameter("sessionToken", update.sessionToken())
				.executeUpdate();
			if (updated == 0) {
				return Optional.empty();
			}
			return single(this.entityManager.createQuery(this.jpql.session(), AuthJsSessionColumns.class)
				.setParameter("sessionToken", update.sessionToken())).map((session) -> {
					session.expiryMoved(this.clock.instant());
					return toSession(session);
				});
		});
	}

	@Override
	public void deleteSession(String sessionToken) {
		Arguments.requireText(sessionToken, "sessionToken");
		write(() -> this.entityManager.createQuery(this.jpql.deleteSession())
			.setParameter("sessionToken", sessionToken)
			.executeUpdate());
	}

	@Override
	public VerificationToken createVerificationToken(VerificationToken verificationToken) {
		Arguments.requireValue(verificationToken, "verificationToken");
		return write(() -> {
			AbstractVerificationTokenEntity entity = BeanUtils.instantiateClass(this.types.verificationToken());
			entity.copyFrom(verificationToken);
			persistAndFlush(entity, null, null, null);
			return entity.toVerificationToken();
		});
	}

	@Override
	public Optional<VerificationToken> useVerificationToken(String identifier, String token) {
		Arguments.requireText(identifier, "identifier");
		Arguments.requireText(token, "token");
		Supplier<Optional<VerificationToken>> consume = () -> this.verificationTokenConsumer
			.consume(this.entityManager, identifier, token);
		return this.verificationTokenConsumer.needsTransaction() ? write(consume) : read(consume);
	}

	@Override
	public Optional<AdapterAuthenticator> getAuthenticator(String credentialID) {
		Arguments.requireText(credentialID, "credentialID");
		Class<? extends AuthJsAuthenticatorColumns> type = authenticatorType();
		return read(() -> Optional.ofNullable(this.entityManager.find(type, credentialID)))
			.map(AuthJsAuthenticatorColumns::toAdapterAuthenticator);
	}

	@Override
	public AdapterAuthenticator createAuthenticator(AdapterAuthenticator authenticator) {
		Arguments.requireValue(authenticator, "authenticator");
		Class<? extends AuthJsAuthenticatorColumns> type = authenticatorType();
		Object userId = existingUserId(authenticator.userId());
		return write(() -> {
			AuthJsAuthenticatorColumns entity = BeanUtils.instantiateClass(type);
			entity.copyFrom(authenticator, userId);
			if (entity instanceof AuthenticatorUseColumns.Owner owner) {
				owner.use().registered(this.clock.instant());
			}
			persistAndFlush(entity, null, null, authenticator.userId());
			return entity.toAdapterAuthenticator();
		});
	}

	@Override
	public List<AdapterAuthenticator> listAuthenticatorsByUserId(String userId) {
		Arguments.requireText(userId, "userId");
		authenticatorType();
		Optional<Object> id = this.userIds.parse(userId);
		if (id.isEmpty()) {
			return List.of();
		}
		return read(() -> this.entityManager
			.createQuery(this.jpql.authenticatorsByUser(), AuthJsAuthenticatorColumns.class)
			.setParameter("userId", id.get())
			.getResultList()
			.stream()
			.map(AuthJsAuthenticatorColumns::toAdapterAuthenticator)
			.toList());
	}

	@Override
	public AdapterAuthenticator updateAuthenticatorCounter(String credentialID, long newCounter) {
		Arguments.requireText(credentialID, "credentialID");
		if (newCounter < 0) {
			throw new IllegalArgumentException("newCounter must not be negative, but was " + newCounter);
		}
		Class<? extends AuthJsAuthenticatorColumns> type = authenticatorType();
		return write(() -> {
			AuthJsAuthenticatorColumns entity = this.entityManager.find(type, credentialID);
			if (entity == null) {
				throw new AuthenticatorNotFoundException(credentialID);
			}
			entity.setCounter(newCounter);
			// Every passkey sign-in writes the counter, on Auth.js's side as on Spring's: this is the last use.
			if (entity instanceof AuthenticatorUseColumns.Owner owner) {
				owner.use().used(this.clock.instant());
			}
			flush(null, null, null);
			return entity.toAdapterAuthenticator();
		});
	}

	@Override
	public void deleteAuthenticator(String credentialID) {
		Arguments.requireText(credentialID, "credentialID");
		Class<? extends AuthJsAuthenticatorColumns> type = authenticatorType();
		write(() -> {
			AuthJsAuthenticatorColumns entity = this.entityManager.find(type, credentialID);
			if (entity != null) {
				this.entityManager.remove(entity);
				flush(null, null, null);
			}
			return credentialID;
		});
	}

	private Class<? extends AuthJsAuthenticatorColumns> authenticatorType() {
		Class<? extends AuthJsAuthenticatorColumns> type = this.types.authenticator();
		if (type == null) {
			throw new UnsupportedOperationException("This schema has no authenticators table, so WebAuthn"
					+ " authenticators cannot be stored. Create the table or use the starter's own schema.");
		}
		return type;
	}

	private AdapterUser toUser(AuthJsUserColumns entity) {
		return entity.toAdapterUser().withAttributes(this.userAttributes.read(entity));
	}

	private AdapterAccount toAccount(AuthJsAccountColumns entity) {
		return this.tokenCipher.decryptTokens(entity.toAdapterAccount())
			.withAttributes(this.accountAttributes.read(entity));
	}

	/**
	 * The account with the tokens that can be decrypted. A page that lists a user's accounts needs no token, so one
	 * that cannot be decrypted must not fail it; the entity keeps the stored value, so nothing is lost.
	 */
	private AdapterAccount toListedAccount(AuthJsAccountColumns entity) {
		return this.tokenCipher
			.decryptReadableTokens(entity.toAdapterAccount(),
					(failure) -> logger.warn("Listed without its token: " + failure.getMessage()))
			.withAttributes(this.accountAttributes.read(entity));
	}

	private AdapterSession toSession(AuthJsSessionColumns entity) {
		return entity.toAdapterSession().withAttributes(this.sessionAttributes.read(entity));
	}

	private Object existingUserId(String userId) {
		return this.userIds.parse(userId).orElseThrow(() -> new UserNotFoundException(userId));
	}

	/**
	 * Runs work of one statement, which is atomic on its own. Outside a transaction, the shared entity manager runs it
	 * on a connection of its own and closes it; starting a transaction would add round trips to the database for
	 * nothing.
	 */
	private <T> T read(Supplier<T> work) {
		return work.get();
	}

	private <T> T write(Supplier<T> work) {
		return this.transaction.execute((status) -> work.get());
	}

	private static <T> Optional<T> single(TypedQuery<T> query) {
		// A list, not a stream: outside a transaction the entity manager closes as soon as the query returns.
		return query.getResultList().stream().findFirst();
	}

	private void persistAndFlush(Object entity, @Nullable String email, @Nullable AdapterAccount account,
			@Nullable String userId) {
		HeldSqlErrorLog.during(() -> {
			try {
				this.entityManager.persist(entity);
				this.entityManager.flush();
				return null;
			}
			catch (PersistenceException ex) {
				throw this.constraintViolations.translate(ex, entity, email, account, userId);
			}
		});
	}

	/**
	 * Flushes now, so that a violated constraint is reported as the adapter exception it means.
	 */
	private void flush(@Nullable String email, @Nullable AdapterAccount account, @Nullable String userId) {
		HeldSqlErrorLog.during(() -> {
			try {
				this.entityManager.flush();
				return null;
			}
			catch (PersistenceException ex) {
				throw this.constraintViolations.translate(ex, email, account, userId);
			}
		});
	}

}
