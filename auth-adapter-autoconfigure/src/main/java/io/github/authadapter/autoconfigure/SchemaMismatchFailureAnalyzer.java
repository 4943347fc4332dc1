package io.github.authadapter.autoconfigure;

import io.github.authadapter.jpa.SchemaMismatchException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains at startup which table or column of the Auth.js schema the database lacks, and which properties choose
 * the schema.
 */
class SchemaMismatchFailureAnalyzer extends AbstractFailureAnalyzer<SchemaMismatchException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SchemaMismatchException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Set auth.adapter.schema.preset to the Auth.js adapter that created this database (auth-adapter, "
						+ "pg-adapter, prisma, drizzle, kysely, typeorm, sequelize or supabase), or to detect, which "
						+ "finds it. With the starter's own schema, and with Prisma's where its models rename tables "
						+ "(@@map) or columns (@map), auth.adapter.schema.tables.* and auth.adapter.schema.naming "
						+ "name its tables and columns; an entity of your own that extends one of the starter's must "
						+ "map a column the table has.",
				cause);
	}

}
