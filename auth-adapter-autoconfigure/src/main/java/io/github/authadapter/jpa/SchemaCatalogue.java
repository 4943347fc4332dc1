package io.github.authadapter.jpa;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The tables and columns of one schema of the database, the current one unless named, as its JDBC catalogue lists
 * them. Names are found as written, or else in any case, since databases fold unquoted names to lower or upper case.
 */
public final class SchemaCatalogue {

	private final Map<String, Table> tables;

	private SchemaCatalogue(Map<String, Table> tables) {
		this.tables = tables;
	}

	/**
	 * The catalogue of the schema that the data source's connections use.
	 * @throws IllegalStateException if the catalogue cannot be read
	 */
	public static SchemaCatalogue of(DataSource dataSource) {
		return of(dataSource, null);
	}

	/**
	 * The catalogue of the named schema, such as Supabase's {@code next_auth}, or of the current one.
	 * @param schema the schema's name as the database writes it, or null for the schema that the data source's
	 * connections use
	 * @throws IllegalStateException if the catalogue cannot be read
	 */
	public static SchemaCatalogue of(DataSource dataSource, @Nullable String schema) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return of(connection, schema);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the tables of the database", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/**
	 * The catalogue of the schema that the connection uses.
	 */
	public static SchemaCatalogue of(Connection connection) throws SQLException {
		return of(connection, null);
	}

	/**
	 * The catalogue of the named schema, or of the one that the connection uses.
	 * @param schema the schema's name as the database writes it, or null for the connection's current schema
	 */
	public static SchemaCatalogue of(Connection connection, @Nullable String schema) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		Map<String, Table> tables = new LinkedHashMap<>();
		if (schema != null && !metaData.supportsSchemasInTableDefinitions()) {
			// MySQL and MariaDB have databases but no schemas, and their drivers ignore the schema asked for.
			return new SchemaCatalogue(tables);
		}
		String schemaPattern = (schema != null) ? literalPattern(schema, metaData) : connection.getSchema();
		try (ResultSet rows = metaData.getColumns(connection.getCatalog(), schemaPattern, null, null)) {
			while (rows.next()) {
				String table = rows.getString("TABLE_NAME");
				tables.computeIfAbsent(table, (name) -> new Table(name, new ArrayList<>()))
					.columns()
					.add(new Column(rows.getString("COLUMN_NAME"), rows.getInt("DATA_TYPE"),
							rows.getString("TYPE_NAME"), rows.getInt("COLUMN_SIZE")));
			}
		}
		return new SchemaCatalogue(tables);
	}

	// The schema argument of getColumns is a LIKE pattern, in which the underscore of next_auth matches any letter.
	private static String literalPattern(String name, DatabaseMetaData metaData) throws SQLException {
		String escape = metaData.getSearchStringEscape();
		if (escape == null || escape.isEmpty()) {
			return name;
		}
		return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
	}

	/**
	 * The table of that name, as written or else in any case.
	 */
	public Optional<Table> table(String name) {
		return Optional.ofNullable(this.tables.get(name))
			.or(() -> findIgnoringCase(this.tables.values(), name, Table::name));
	}

	/**
	 * The names of the tables, as the catalogue writes them.
	 */
	public String tableNames() {
		return String.join(", ", this.tables.keySet());
	}

	/**
	 * Whether the schema has a table of that name.
	 */
	public boolean hasTable(String name) {
		return table(name).isPresent();
	}

	/**
	 * Whether the schema has a table of that name, written in the same case.
	 */
	public boolean hasTableAsWritten(String name) {
		return this.tables.containsKey(name);
	}

	/**
	 * Whether the schema has a table of that name with a column of that name.
	 */
	public boolean hasColumn(String table, String column) {
		return table(table).flatMap((found) -> found.column(column)).isPresent();
	}

	private static <T> Optional<T> findIgnoringCase(Iterable<T> items, String name,
			Function<T, String> nameOf) {
		T found = null;
		for (T item : items) {
			if (nameOf.apply(item).equalsIgnoreCase(name)) {
				if (found != null) {
					// Two names that differ in case only, such as "User" and "user": neither is meant.
					return Optional.empty();
				}
				found = item;
			}
		}
		return Optional.ofNullable(found);
	}

	/**
	 * A table of the catalogue.
	 *
	 * @param name the table's name as the catalogue writes it
	 * @param columns its columns, in their order
	 */
	public record Table(String name, List<Column> columns) {

		/**
		 * The column of that name, as written or else in any case.
		 */
		public Optional<Column> column(String name) {
			return this.columns.stream()
				.filter((column) -> column.name().equals(name))
				.findFirst()
				.or(() -> findIgnoringCase(this.columns, name, Column::name));
		}

	}

	/**
	 * A column of the catalogue.
	 *
	 * @param name the column's name as the catalogue writes it
	 * @param jdbcType its type, one of {@link java.sql.Types}
	 * @param typeName the database's name of its type, such as {@code int4}
	 * @param size its length in characters for text, its precision for numbers and timestamps
	 */
	public record Column(String name, int jdbcType, @Nullable String typeName, int size) {

	}

}
