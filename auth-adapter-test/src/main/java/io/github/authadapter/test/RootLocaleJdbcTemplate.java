package io.github.authadapter.test;

import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.util.LinkedCaseInsensitiveMap;

/**
 * A {@link JdbcTemplate} whose rows as maps find their columns in any JVM locale.
 */
final class RootLocaleJdbcTemplate extends JdbcTemplate {

	RootLocaleJdbcTemplate(DataSource dataSource) {
		super(dataSource);
	}

	// Spring's row maps lower-case keys in the default locale: in Turkish, H2's column EMAIL would not be "email".
	@Override
	protected RowMapper<Map<String, Object>> getColumnMapRowMapper() {
		return new ColumnMapRowMapper() {
			@Override
			protected Map<String, Object> createColumnMap(int columnCount) {
				return new LinkedCaseInsensitiveMap<>(columnCount, Locale.ROOT);
			}
		};
	}

}
