package io.github.authadapter.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.jdbc.connections.spi.JdbcConnectionAccess;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * Checks, against the database's catalogue, that every table and column that the Auth.js entities map is there
 * and holds values of the mapped kind. It runs once at startup, so that a schema that does not match stops the
 * application with a message that names the table and column, instead of failing requests later.
 */
final class MappedSchemaVerifier {

	private MappedSchemaVerifier() {
	}

	/**
	 * Verifies the tables of the given entities.
	 * @throws SchemaMismatchException for the first table or column that does not match
	 */
	static void verify(EntityManagerFactory entityManagerFactory, AuthAdapterEntityTypes types) {
		SessionFactoryImplementor sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		// One catalogue per schema: the current one, and one such as next_auth that a table's mapping names.
		Map<String, SchemaCatalogue> catalogues = new HashMap<>();
		Map<String, Class<?>> tables = new LinkedHashMap<>();
		tables.put("users", types.user());
		tables.put("accounts", types.account());
		tables.put("sessions", types.session());
		tables.put("verification tokens", types.verificationToken());
		if (types.authenticator() != null) {
			tables.put("authenticators", types.authenticator());
		}
		tables.forEach((role, entityType) -> {
			AbstractEntityPersister persister = (AbstractEntityPersister) sessionFactory.getMappingMetamodel()
				.getEntityDescriptor(entityType);
			String schema = schemaOf(persister.getTableName());
			verify(catalogues.computeIfAbsent((schema != null) ? schema : "",
					(key) -> catalogue(sessionFactory, schema)), role, persister);
		});
	}

	private static void verify(SchemaCatalogue catalogue, String role, AbstractEntityPersister persister) {
		String tableName = unquoted(persister.getTableName());
		String schema = schemaOf(persister.getTableName());
		String qualifiedName = (schema != null) ? schema + "." + tableName : tableName;
		SchemaCatalogue.Table table = catalogue.table(tableName)
			.orElseThrow(() -> new SchemaMismatchException(
					"The " + role + " table \"" + qualifiedName + "\" is not in the database", qualifiedName, null,
					catalogue.tableNames().isEmpty() ? "no tables" : "the tables " + catalogue.tableNames()));
		String foundName = (schema != null) ? schema + "." + table.name() : table.name();
		persister.getIdentifierMapping()
			.forEachSelectable((index, selectable) -> verify(table, foundName, role, selectable));
		persister.forEachAttributeMapping((attribute) -> attribute
			.forEachSelectable((index, selectable) -> verify(table, foundName, role, selectable)));
	}

	/**
	 * Verifies one column of the table, whose name in the messages is qualified with its schema where it has one.
	 */
	private static void verify(SchemaCatalogue.Table table, String tableName, String role,
			SelectableMapping selectable) {
		if (selectable.isFormula()) {
			return;
		}
		String columnName = unquoted(selectable.getSelectionExpression());
		ColumnKind mapped = ColumnKind.of(selectable.getJdbcMapping().getJdbcType().getDefaultSqlTypeCode());
		SchemaCatalogue.Column column = table.column(columnName)
			.orElseThrow(() -> new SchemaMismatchException("The " + role + " table \"" + tableName
					+ "\" has no column \"" + columnName + "\"", tableName, columnName, "the columns "
					+ table.columns().stream().map(SchemaCatalogue.Column::name).collect(Collectors.joining(", "))));
		ColumnKind found = ColumnKind.of(column.jdbcType());
		if (!found.holds(mapped)) {
			throw new SchemaMismatchException("The column \"" + column.name() + "\" of the " + role + " table \""
					+ tableName + "\" must hold " + mapped.name().toLowerCase(Locale.ROOT) + " values",
					tableName, column.name(), "the type " + column.typeName());
		}
	}

	private static SchemaCatalogue catalogue(SessionFactoryImplementor sessionFactory, @Nullable String schema) {
		JdbcConnectionAccess access = sessionFactory.getJdbcServices().getBootstrapJdbcConnectionAccess();
		try {
			Connection connection = access.obtainConnection();
			try {
				return SchemaCatalogue.of(connection, schema);
			}
			finally {
				access.releaseConnection(connection);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the tables of the database", ex);
		}
	}

	// Hibernate writes quoted names with the database's quotes, and a schema before a dot.
	private static String unquoted(String name) {
		String table = name.substring(name.lastIndexOf('.') + 1);
		return table.replaceAll("^[\"`\\[]|[\"`\\]]$", "");
	}

	// The schema that a table's name is qualified with, or null for the current one.
	private static @Nullable String schemaOf(String name) {
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? unquoted(name.substring(0, dot)) : null;
	}

}
