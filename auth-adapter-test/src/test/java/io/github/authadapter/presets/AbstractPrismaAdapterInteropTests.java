package io.github.authadapter.presets;

import java.util.List;

import javax.sql.DataSource;

import io.github.authadapter.test.AuthJsAdapterScript;

/**
 * Auth.js's own {@code @auth/prisma-adapter} with a real {@code @prisma/client} generated from one version of the
 * documented models ({@code interop/prisma}, installed with {@code npm ci --prefix interop/prisma}), round trips with
 * the starter on that version's schema.
 */
abstract class AbstractPrismaAdapterInteropTests extends AbstractAuthJsAdapterInteropTests {

	private final PrismaSchema schema;

	AbstractPrismaAdapterInteropTests(PrismaSchema schema) {
		this.schema = schema;
	}

	@Override
	protected AuthJsAdapterScript script() {
		return AuthJsAdapterScript.prismaAdapter(database(), this.schema.variant());
	}

	@Override
	protected void createSchema(DataSource dataSource) {
		PresetTestApplication.createSchema(dataSource, this.schema.ddl(dataSource));
	}

	@Override
	protected String idPattern() {
		return "c[0-9a-z]{24}";
	}

	@Override
	protected boolean hasAuthenticators() {
		return this.schema.hasAuthenticators();
	}

	@Override
	protected String accountsTable() {
		return PresetTestApplication.quoted(database().dataSource(), this.schema.table("accounts"));
	}

	@Override
	protected String userIdColumn() {
		return this.schema.hasSnakeCaseColumns() ? "user_id" : super.userIdColumn();
	}

	@Override
	protected List<String> properties() {
		return this.schema.properties();
	}

}
