// Runs Auth.js's own @auth/drizzle-adapter, unchanged, on drizzle-orm with its default tables, against a database
// whose Auth.js tables the auth-adapter starter also uses. The phases (write, read, delete-user) are those of
// ../shared/adapter-round-trip.mjs. DrizzleAdapterInteropTests (auth-adapter-test) drives it; by hand:
//
//   DATABASE_URL=postgresql://127.0.0.1:5432/mydb DATABASE_USER=postgres node drizzle-adapter-interop.mjs write
//
// DATABASE_URL is postgresql://... or mariadb://... without credentials, which come from DATABASE_USER and
// DATABASE_PASSWORD.

import pg from "pg"
import mysql from "mysql2/promise"
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres"
import { drizzle as drizzleMysql } from "drizzle-orm/mysql2"
import { DrizzleAdapter } from "@auth/drizzle-adapter"
import { configure, runPhase } from "../shared/adapter-round-trip.mjs"

const url = process.env.DATABASE_URL
if (!url) {
  console.error("Usage: DATABASE_URL=postgresql://...|mariadb://... DATABASE_USER=... [INTEROP_INPUT='{...}']"
    + " node drizzle-adapter-interop.mjs write|read|delete-user")
  process.exit(2)
}
const { hostname, port, pathname } = new URL(url)
const credentials = { user: process.env.DATABASE_USER, password: process.env.DATABASE_PASSWORD || undefined }
// The ids of the adapter's crypto.randomUUID().
const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

if (url.startsWith("mariadb://")) {
  // mysql2 speaks to MariaDB too. The session keeps UTC, as the starter's statements do.
  const pool = mysql.createPool({ host: hostname, port: Number(port || 3306), database: pathname.slice(1),
    ...credentials, connectionLimit: 2, timezone: "Z" })
  // Drizzle's MySQL tables keep session and token expiries in a TIMESTAMP without fractions of a second.
  configure({ idPattern, timestampPrecision: 1000 })
  await runPhase(process.argv[2], DrizzleAdapter(drizzleMysql(pool)), () => pool.end())
} else {
  const pool = new pg.Pool({ host: hostname, port: Number(port || 5432), database: pathname.slice(1), ...credentials,
    max: 2 })
  configure({ idPattern })
  await runPhase(process.argv[2], DrizzleAdapter(drizzlePostgres(pool)), () => pool.end())
}
