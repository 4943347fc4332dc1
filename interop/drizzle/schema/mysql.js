// The tables that @auth/drizzle-adapter defines for MySQL when the application passes none: its own
// definitions, taken from the package, so that drizzle-kit makes the DDL of exactly what the adapter uses.
import { defineTables } from "../node_modules/@auth/drizzle-adapter/lib/mysql.js"

const tables = defineTables()
export const users = tables.usersTable
export const accounts = tables.accountsTable
export const sessions = tables.sessionsTable
export const verificationTokens = tables.verificationTokensTable
export const authenticators = tables.authenticatorsTable
