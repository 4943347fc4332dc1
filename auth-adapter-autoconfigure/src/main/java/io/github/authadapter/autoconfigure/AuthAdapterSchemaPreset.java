package io.github.authadapter.autoconfigure;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.github.authadapter.jpa.AuthJsEntities;
import io.github.authadapter.jpa.PresetSchema;
import io.github.authadapter.jpa.SchemaCatalogue;
import io.github.authadapter.jpa.SchemaNames;
import io.github.authadapter.jpa.SchemaPreset;
import io.github.authadapter.jpa.UserIdGenerator;
import io.github.authadapter.jpa.drizzle.DrizzleEntities;
import io.github.authadapter.jpa.kysely.KyselyEntities;
import io.github.authadapter.jpa.sequelize.SequelizeEntities;
import io.github.authadapter.jpa.supabase.SupabaseEntities;
import io.github.authadapter.jpa.typeorm.TypeOrmEntities;
import io.github.authadapter.jpa.prisma.PrismaEntities;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The schema preset in effect and its default entities: the configured preset, or with
 * {@code auth.adapter.schema.preset=detect} the one whose tables the database's catalogue shows, found once and
 * reported in one {@code INFO} line.
 */
public class AuthAdapterSchemaPreset {

	// The starter's own before pg-adapter's, which has the same tables but no history of the starter's migrations;
	// Prisma's before pg-adapter's, as @@map may give Prisma's tables pg-adapter's names, and pg-adapter's integer
	// ids are never Prisma's; Supabase's last, as its tables are in a schema of their own and those of the current
	// schema come first.
	private static final List<SchemaPreset> DETECTION_ORDER = List.of(SchemaPreset.AUTH_ADAPTER,
			SchemaPreset.PRISMA, SchemaPreset.PG_ADAPTER, SchemaPreset.DRIZZLE, SchemaPreset.KYSELY, SchemaPreset.TYPEORM,
			SchemaPreset.SEQUELIZE, SchemaPreset.SUPABASE);

	private static final Log logger = LogFactory.getLog(AuthAdapterSchemaPreset.class);

	private final @Nullable DataSource dataSource;

	private final AuthAdapterProperties.Schema properties;

	private volatile @Nullable SchemaPreset detected;

	// Made once: Prisma's reads the database's catalogue, and names, entities and ids are all asked for at startup.
	private volatile @Nullable PresetSchema schema;

	/**
	 * Creates the preset of the given properties.
	 * @param dataSource the database of the Auth.js tables, or null where there is no single one; detection then
	 * fails, and every optional table and column is taken to be there
	 * @param properties the schema properties
	 */
	public AuthAdapterSchemaPreset(@Nullable DataSource dataSource, AuthAdapterProperties.Schema properties) {
		this.dataSource = dataSource;
		this.properties = properties;
	}

	/**
	 * The preset in effect, never {@link SchemaPreset#DETECT}.
	 */
	public SchemaPreset preset() {
		if (this.properties.getPreset() != SchemaPreset.DETECT) {
			return this.properties.getPreset();
		}
		SchemaPreset detected = this.detected;
		if (detected == null) {
			synchronized (this) {
				detected = this.detected;
				if (detected == null) {
					detected = detect();
					this.detected = detected;
				}
			}
		}
		return detected;
	}

	/**
	 * The names of the tables and columns of the preset in effect.
	 */
	public SchemaNames names() {
		SchemaPreset preset = preset();
		return preset.isCreatedByTheStarter() ? this.properties.toSchemaNames(preset) : schema().names();
	}

	/**
	 * The default entities of the preset in effect, for the tables and columns that the database has.
	 */
	public List<Class<?>> defaultEntities() {
		PresetSchema schema = schema();
		return schema.entities(
				(this.dataSource != null) ? SchemaCatalogue.of(this.dataSource, schema.databaseSchema()) : null);
	}

	/**
	 * The ids of new users of the preset in effect, where its database makes none: cuid-like ids for Prisma's
	 * schema, random UUIDs otherwise.
	 */
	public UserIdGenerator userIds() {
		return schema().userIds();
	}

	private PresetSchema schema() {
		PresetSchema schema = this.schema;
		if (schema == null) {
			// Two threads may both make it: the same schema of the same catalogue.
			schema = schemaOf(preset());
			this.schema = schema;
		}
		return schema;
	}

	private SchemaPreset detect() {
		if (this.dataSource == null) {
			throw new IllegalStateException("auth.adapter.schema.preset=detect needs a single DataSource, whose"
					+ " tables show the preset; set the preset instead");
		}
		DataSource dataSource = this.dataSource;
		// Keyed by the schema's name, "" for the current one.
		Map<String, SchemaCatalogue> catalogues = new HashMap<>();
		for (SchemaPreset candidate : DETECTION_ORDER) {
			PresetSchema schema = schemaOf(candidate,
					() -> catalogues.computeIfAbsent("", (key) -> SchemaCatalogue.of(dataSource)));
			String databaseSchema = schema.databaseSchema();
			SchemaCatalogue catalogue = catalogues.computeIfAbsent((databaseSchema != null) ? databaseSchema : "",
					(key) -> SchemaCatalogue.of(dataSource, databaseSchema));
			if (schema.isFoundIn(catalogue)) {
				logger.info("Detected the Auth.js schema of " + creator(candidate) + " (auth.adapter.schema.preset="
						+ propertyValue(candidate) + "): " + schema.describe(catalogue));
				return candidate;
			}
		}
		logger.info("Detected no Auth.js tables, so the starter creates its own (auth.adapter.schema.preset="
				+ propertyValue(SchemaPreset.AUTH_ADAPTER) + ")");
		return SchemaPreset.AUTH_ADAPTER;
	}

	private PresetSchema schemaOf(SchemaPreset preset) {
		return schemaOf(preset, () -> (this.dataSource != null) ? SchemaCatalogue.of(this.dataSource) : null);
	}

	// The catalogue is read only for Prisma's schema, whose models may rename its tables and columns.
	private PresetSchema schemaOf(SchemaPreset preset, Supplier<@Nullable SchemaCatalogue> catalogue) {
		return switch (preset) {
			case AUTH_ADAPTER -> AuthJsEntities.starterSchema(this.properties.toSchemaNames(preset),
					this.properties.getHistoryTable());
			case PG_ADAPTER -> AuthJsEntities.pgAdapterSchema();
			case PRISMA -> PrismaEntities.in(catalogue.get(),
					this.properties.configuredTables(PrismaEntities.MODEL_NAMES), this.properties.getNaming());
			case DRIZZLE -> new DrizzleEntities();
			case KYSELY -> new KyselyEntities();
			case TYPEORM -> new TypeOrmEntities();
			case SEQUELIZE -> new SequelizeEntities();
			case SUPABASE -> new SupabaseEntities();
			case DETECT -> throw new IllegalArgumentException("detect is not a schema");
		};
	}

	private static String creator(SchemaPreset preset) {
		return switch (preset) {
			case AUTH_ADAPTER -> "the starter's migrations";
			case PG_ADAPTER -> "@auth/pg-adapter";
			case PRISMA -> "@auth/prisma-adapter";
			case DRIZZLE -> "@auth/drizzle-adapter";
			case KYSELY -> "@auth/kysely-adapter";
			case TYPEORM -> "@auth/typeorm-adapter";
			case SEQUELIZE -> "@auth/sequelize-adapter";
			case SUPABASE -> "@auth/supabase-adapter";
			case DETECT -> throw new IllegalArgumentException("detect is not a schema");
		};
	}

	private static String propertyValue(SchemaPreset preset) {
		return preset.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
