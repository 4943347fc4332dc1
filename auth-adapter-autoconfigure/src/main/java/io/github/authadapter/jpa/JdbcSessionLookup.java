package io.github.authadapter.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.github.authadapter.AdapterSession;
import io.github.authadapter.AdapterUser;
import io.github.authadapter.SessionAndUser;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.type.descriptor.WrapperOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.orm.jpa.EntityManagerFactoryInfo;

/**
 * The session lookup as one plain JDBC statement, for every request that carries a session cookie. Its SQL and the
 * way each column is read come from Hibernate's mapping of the entities, so that table and column names, converters
 * and an application's extra fields work as they do through JPA, without the cost of an entity manager and managed
 * entities on each call.
 */
final class JdbcSessionLookup {

	// The attributes of the Auth.js columns, first in the select list and in this order.
	private static final List<String> SESSION_ATTRIBUTES = List.of("sessionToken", "userId", "expires");

	private static final List<String> USER_ATTRIBUTES = List.of("id", "name", "email", "emailVerified", "image");

	private static final String SELECT_SESSION_AND_USER = """
			SELECT %COLUMNS%
			FROM %SESSIONS_TABLE% s JOIN %USERS_TABLE% u ON u.%USER_ID% = s.%SESSION_USER_ID%
			WHERE s.%SESSION_TOKEN% = ?
			""";

	private final DataSource dataSource;

	private final SessionFactoryImplementor sessionFactory;

	private final String sql;

	private final List<MappedColumn> sessionColumns;

	private final List<MappedColumn> userColumns;

	private JdbcSessionLookup(DataSource dataSource, SessionFactoryImplementor sessionFactory,
			List<MappedColumn> sessionColumns, List<MappedColumn> userColumns, String sql) {
		this.dataSource = dataSource;
		this.sessionFactory = sessionFactory;
		this.sessionColumns = sessionColumns;
		this.userColumns = userColumns;
		this.sql = sql;
	}

	/**
	 * The lookup for the entities of the persistence unit, or null where plain SQL cannot stand in for the JPQL
	 * join: no data source is known, or an entity spreads over several tables, is part of an inheritance hierarchy,
	 * or has restrictions such as {@code @SQLRestriction} or {@code @SoftDelete}.
	 */
	static @Nullable JdbcSessionLookup of(EntityManagerFactory entityManagerFactory, AuthAdapterEntityTypes types,
			ExtraAttributes sessionAttributes, ExtraAttributes userAttributes) {
		DataSource dataSource = (entityManagerFactory instanceof EntityManagerFactoryInfo info) ? info.getDataSource()
				: null;
		SessionFactoryImplementor sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		AbstractEntityPersister session = persister(sessionFactory, types.session());
		AbstractEntityPersister user = persister(sessionFactory, types.user());
		if (dataSource == null || session == null || user == null) {
			return null;
		}
		List<MappedColumn> sessionColumns = columns(session, SESSION_ATTRIBUTES, sessionAttributes);
		List<MappedColumn> userColumns = columns(user, USER_ATTRIBUTES, userAttributes);
		if (sessionColumns == null || userColumns == null) {
			return null;
		}
		String sql = SELECT_SESSION_AND_USER
			.replace("%COLUMNS%", Stream
				.concat(sessionColumns.stream().map((column) -> "s." + column.name()),
						userColumns.stream().map((column) -> "u." + column.name()))
				.collect(Collectors.joining(", ")))
			.replace("%SESSIONS_TABLE%", session.getTableName())
			.replace("%USERS_TABLE%", user.getTableName())
			.replace("%USER_ID%", userColumns.get(0).name())
			.replace("%SESSION_USER_ID%", sessionColumns.get(1).name())
			.replace("%SESSION_TOKEN%", sessionColumns.get(0).name());
		return new JdbcSessionLookup(dataSource, sessionFactory, sessionColumns, userColumns, sql);
	}

	private static @Nullable AbstractEntityPersister persister(SessionFactoryImplementor sessionFactory,
			Class<?> entityType) {
		if (sessionFactory.getMappingMetamodel()
			.getEntityDescriptor(entityType) instanceof AbstractEntityPersister persister
				&& persister.getSuperMappingType() == null && !persister.hasSubclasses()
				&& !persister.hasWhereRestrictions() && persister.getSoftDeleteMapping() == null) {
			return persister;
		}
		return null;
	}

	private static @Nullable List<MappedColumn> columns(AbstractEntityPersister persister, List<String> authJsAttributes,
			ExtraAttributes extraAttributes) {
		List<MappedColumn> columns = new ArrayList<>();
		for (String attribute : Stream.concat(authJsAttributes.stream(), extraAttributes.names().stream()).toList()) {
			ModelPart part = attribute.equals(persister.getIdentifierMapping().getAttributeName())
					? persister.getIdentifierMapping() : persister.findAttributeMapping(attribute);
			if (!(part instanceof BasicValuedModelPart basic) || basic.isFormula()
					|| !basic.getContainingTableExpression().equals(persister.getTableName())) {
				return null;
			}
			columns.add(new MappedColumn(attribute, basic.getSelectionExpression(), basic.getJdbcMapping()));
		}
		return columns;
	}

	/**
	 * The session with the token and its user, read outside any transaction.
	 */
	Optional<SessionAndUser> find(String sessionToken) {
		WrapperOptions options = this.sessionFactory.getWrapperOptions();
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(this.sql)) {
			this.sessionColumns.get(0).bind(statement, 1, sessionToken, options);
			try (ResultSet row = statement.executeQuery()) {
				return row.next() ? Optional.of(toSessionAndUser(row, options)) : Optional.empty();
			}
		}
		catch (SQLException ex) {
			throw this.sessionFactory.getJdbcServices().getSqlExceptionHelper().convert(ex, "Session lookup", this.sql);
		}
	}

	private SessionAndUser toSessionAndUser(ResultSet row, WrapperOptions options) throws SQLException {
		List<@Nullable Object> session = read(row, 1, this.sessionColumns, options);
		List<@Nullable Object> user = read(row, 1 + this.sessionColumns.size(), this.userColumns, options);
		return new SessionAndUser(
				new AdapterSession((String) session.get(0), String.valueOf(session.get(1)), (Instant) session.get(2),
						extras(session, this.sessionColumns, SESSION_ATTRIBUTES.size())),
				new AdapterUser(String.valueOf(user.get(0)), (String) user.get(1), (String) user.get(2),
						(Instant) user.get(3), (String) user.get(4),
						extras(user, this.userColumns, USER_ATTRIBUTES.size())));
	}

	private static List<@Nullable Object> read(ResultSet row, int firstPosition, List<MappedColumn> columns,
			WrapperOptions options) throws SQLException {
		List<@Nullable Object> values = new ArrayList<>(columns.size());
		for (int i = 0; i < columns.size(); i++) {
			values.add(columns.get(i).read(row, firstPosition + i, options));
		}
		return values;
	}

	private static Map<String, @Nullable Object> extras(List<@Nullable Object> values, List<MappedColumn> columns,
			int firstExtra) {
		if (columns.size() == firstExtra) {
			return Map.of();
		}
		Map<String, @Nullable Object> extras = new LinkedHashMap<>();
		for (int i = firstExtra; i < columns.size(); i++) {
			extras.put(columns.get(i).attribute(), values.get(i));
		}
		return extras;
	}

	/**
	 * A column of an entity attribute, read and bound by Hibernate's own type mapping, converters included.
	 */
	private record MappedColumn(String attribute, String name, JdbcMapping mapping) {

		@Nullable Object read(ResultSet row, int position, WrapperOptions options) throws SQLException {
			return this.mapping.convertToDomainValue(this.mapping.getJdbcValueExtractor().extract(row, position, options));
		}

		@SuppressWarnings("unchecked")
		void bind(PreparedStatement statement, int position, Object value, WrapperOptions options)
				throws SQLException {
			this.mapping.getJdbcValueBinder().bind(statement, this.mapping.convertToRelationalValue(value), position,
					options);
		}

	}

}
