// The Kysely side of auth-adapter's kysely preset, on PostgreSQL (pg) or MariaDB (mysql2). DATABASE_URL is
// postgresql://... or mariadb://... without credentials; they come from DATABASE_USER and DATABASE_PASSWORD.
//
//   node kysely.mjs migrate          creates the tables with the migration of Auth.js's Kysely adapter
//                                    documentation (authjs.dev), run by Kysely's own Migrator; on MariaDB with the
//                                    MySQL types of the adapter's own test suite (see mysqlMigration)
//   node kysely.mjs write|read|delete-user
//                                    the round trip of ../shared/adapter-round-trip.mjs with Auth.js's own
//                                    @auth/kysely-adapter; KyselyAdapterInteropTests (auth-adapter-test) drives it

import pg from "pg"
import mysql from "mysql2"
import { Migrator, MysqlDialect, PostgresDialect, sql } from "kysely"
import { KyselyAdapter, KyselyAuth } from "@auth/kysely-adapter"
import { configure, runPhase } from "../shared/adapter-round-trip.mjs"

// The documented migration: uuid ids with database defaults, timestamptz, unique emails, session and verification
// tokens, foreign keys with cascade, and indexes on userId; no key on an account's provider and provider account id.
const documentedMigration = {
  async up(db) {
    await db.schema.createTable("User")
      .addColumn("id", "uuid", (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn("name", "text")
      .addColumn("email", "text", (col) => col.unique().notNull())
      .addColumn("emailVerified", "timestamptz")
      .addColumn("image", "text")
      .execute()
    await db.schema.createTable("Account")
      .addColumn("id", "uuid", (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn("userId", "uuid", (col) => col.references("User.id").onDelete("cascade").notNull())
      .addColumn("type", "text", (col) => col.notNull())
      .addColumn("provider", "text", (col) => col.notNull())
      .addColumn("providerAccountId", "text", (col) => col.notNull())
      .addColumn("refresh_token", "text")
      .addColumn("access_token", "text")
      .addColumn("expires_at", "bigint")
      .addColumn("token_type", "text")
      .addColumn("scope", "text")
      .addColumn("id_token", "text")
      .addColumn("session_state", "text")
      .execute()
    await db.schema.createTable("Session")
      .addColumn("id", "uuid", (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn("userId", "uuid", (col) => col.references("User.id").onDelete("cascade").notNull())
      .addColumn("sessionToken", "text", (col) => col.notNull().unique())
      .addColumn("expires", "timestamptz", (col) => col.notNull())
      .execute()
    await db.schema.createTable("VerificationToken")
      .addColumn("identifier", "text", (col) => col.notNull())
      .addColumn("token", "text", (col) => col.notNull().unique())
      .addColumn("expires", "timestamptz", (col) => col.notNull())
      .execute()
    await db.schema.createIndex("Account_userId_index").on("Account").column("userId").execute()
    await db.schema.createIndex("Session_userId_index").on("Session").column("userId").execute()
  },
}

// The documentation gives the migration for PostgreSQL only. The adapter's own tests (packages/adapter-kysely/tests in
// nextauthjs/next-auth) run the same tables on MySQL with these types: varchar(36) ids with a UUID() default,
// DATETIME(3) timestamps and varchar(255) text; MySQL ignores a foreign key given with the column, so the keys are
// constraints of the table.
const mysqlMigration = {
  async up(db) {
    const text = "varchar(255)"
    const timestamp = sql`DATETIME(3)`
    const withId = (table) => db.schema.createTable(table)
      .addColumn("id", "varchar(36)", (col) => col.primaryKey().defaultTo(sql`(UUID())`))
    const ofUser = (builder, table) => builder
      .addColumn("userId", "varchar(36)", (col) => col.notNull())
      .addForeignKeyConstraint(`${table}_userId_fk`, ["userId"], "User", ["id"], (fk) => fk.onDelete("cascade"))
    await withId("User")
      .addColumn("name", text)
      .addColumn("email", text, (col) => col.unique().notNull())
      .addColumn("emailVerified", timestamp)
      .addColumn("image", text)
      .execute()
    await ofUser(withId("Account"), "Account")
      .addColumn("type", text, (col) => col.notNull())
      .addColumn("provider", text, (col) => col.notNull())
      .addColumn("providerAccountId", text, (col) => col.notNull())
      .addColumn("refresh_token", text)
      .addColumn("access_token", text)
      .addColumn("expires_at", "bigint")
      .addColumn("token_type", text)
      .addColumn("scope", text)
      .addColumn("id_token", text)
      .addColumn("session_state", text)
      .execute()
    await ofUser(withId("Session"), "Session")
      .addColumn("sessionToken", text, (col) => col.notNull().unique())
      .addColumn("expires", timestamp, (col) => col.notNull())
      .execute()
    await db.schema.createTable("VerificationToken")
      .addColumn("identifier", text, (col) => col.notNull())
      .addColumn("token", text, (col) => col.notNull().unique())
      .addColumn("expires", timestamp, (col) => col.notNull())
      .execute()
  },
}

async function migrate(db, migration) {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ "0001_auth": migration }) } })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    throw error
  }
  process.stdout.write(JSON.stringify({ migrations: results.map((result) => result.migrationName) }) + "\n")
}

const url = process.env.DATABASE_URL
if (!url) {
  console.error("Usage: DATABASE_URL=postgresql://...|mariadb://... DATABASE_USER=... node kysely.mjs"
    + " migrate|write|read|delete-user")
  process.exit(2)
}
const { hostname, port, pathname } = new URL(url)
const mariadb = url.startsWith("mariadb://")
const connection = { host: hostname, port: Number(port || (mariadb ? 3306 : 5432)), database: pathname.slice(1),
  user: process.env.DATABASE_USER, password: process.env.DATABASE_PASSWORD || undefined }
// On MariaDB the connection keeps UTC, as the starter's statements do.
const dialect = mariadb
  ? new MysqlDialect({ pool: mysql.createPool({ ...connection, connectionLimit: 2, timezone: "Z" }) })
  : new PostgresDialect({ pool: new pg.Pool({ ...connection, max: 2 }) })
const db = new KyselyAuth({ dialect })
if (process.argv[2] === "migrate") {
  try {
    await migrate(db, mariadb ? mysqlMigration : documentedMigration)
  } finally {
    await db.destroy()
  }
} else {
  // The ids of the adapter's crypto.randomUUID().
  configure({ idPattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/ })
  await runPhase(process.argv[2], KyselyAdapter(db), () => db.destroy())
}
