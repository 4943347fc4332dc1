// The Supabase side of auth-adapter's supabase preset, WITHOUT @auth/supabase-adapter: that adapter sends every call
// over HTTP to Supabase's PostgREST server through supabase-js, and no PostgREST server installs here (it is not in
// Debian, the npm packages named after it are clients, and the Supabase CLI runs it as a Docker image). So this
// script writes and reads the next_auth tables with plain SQL on node-postgres instead, one statement per adapter
// call, with what the calls of @auth/supabase-adapter 1.11.3 (packages/adapter-supabase/src/index.ts in
// nextauthjs/next-auth) ask of each table: inserts name only the fields they are given, so that the uuid ids come
// from the tables' uuid_generate_v4() defaults, timestamps go in as toISOString() text, and useVerificationToken is
// one DELETE ... RETURNING.
// It tests the schema, the ids and the timestamps that both sides share, not the adapter's HTTP client.
//
//   DATABASE_URL=postgresql://... node supabase-sql.mjs write|read|delete-user
//
// The phases are those of ../shared/adapter-round-trip.mjs; PostgresqlSupabaseSqlInteropTests (auth-adapter-test) drives it
// on a database that the adapter's own migrations made.

import pg from "pg"
import { configure, runPhase } from "../shared/adapter-round-trip.mjs"

// PostgREST answers a bigint, such as expires_at, as a JSON number; node-postgres would give a string.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value))

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 })

const quoted = (name) => `"${name.replaceAll('"', '""')}"`

// The adapter turns its Dates into ISO text before they leave, as JSON carries no dates.
function asSent(fields) {
  return Object.fromEntries(Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]))
}

function where(match, firstParameter) {
  return Object.keys(match).map((column, i) => `${quoted(column)} = $${firstParameter + i}`).join(" AND ")
}

async function insert(table, fields) {
  const row = asSent(fields)
  const columns = Object.keys(row)
  const { rows } = await pool.query(`INSERT INTO next_auth.${table} (${columns.map(quoted).join(", ")})`
    + ` VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")}) RETURNING *`, Object.values(row))
  return rows[0]
}

async function update(table, fields, match) {
  const row = asSent(fields)
  const columns = Object.keys(row)
  const { rows } = await pool.query(`UPDATE next_auth.${table} SET `
    + `${columns.map((column, i) => `${quoted(column)} = $${i + 1}`).join(", ")}`
    + ` WHERE ${where(match, columns.length + 1)} RETURNING *`, [...Object.values(row), ...Object.values(match)])
  return rows[0]
}

async function select(table, match) {
  const { rows } = await pool.query(`SELECT * FROM next_auth.${table} WHERE ${where(match, 1)}`,
    Object.values(match))
  return rows[0] ?? null
}

async function remove(table, match) {
  const { rows } = await pool.query(`DELETE FROM next_auth.${table} WHERE ${where(match, 1)} RETURNING *`,
    Object.values(match))
  return rows[0] ?? null
}

const adapter = {
  createUser: (user) => insert("users", user),
  getUser: (id) => select("users", { id }),
  getUserByEmail: (email) => select("users", { email }),
  async getUserByAccount({ provider, providerAccountId }) {
    // The adapter's select("users (*)") on accounts: the user that the account's foreign key names.
    const { rows } = await pool.query(`SELECT u.* FROM next_auth.accounts a JOIN next_auth.users u ON u.id = a."userId"
      WHERE a.provider = $1 AND a."providerAccountId" = $2`, [provider, providerAccountId])
    return rows[0] ?? null
  },
  updateUser: (user) => update("users", user, { id: user.id }),
  deleteUser: async (id) => { await remove("users", { id }) },
  linkAccount: async (account) => { await insert("accounts", account) },
  unlinkAccount: async ({ provider, providerAccountId }) => {
    await remove("accounts", { provider, providerAccountId })
  },
  createSession: ({ sessionToken, userId, expires }) => insert("sessions", { sessionToken, userId, expires }),
  async getSessionAndUser(sessionToken) {
    const session = await select("sessions", { sessionToken })
    // The adapter's select("*, users(*)"): the session and the user that its foreign key names (one request there).
    return session && { session, user: await select("users", { id: session.userId }) }
  },
  updateSession: (session) => update("sessions", session, { sessionToken: session.sessionToken }),
  deleteSession: async (sessionToken) => { await remove("sessions", { sessionToken }) },
  createVerificationToken: (token) => insert("verification_tokens", token),
  useVerificationToken: ({ identifier, token }) => remove("verification_tokens", { identifier, token }),
}

// The ids of the tables' uuid_generate_v4() defaults.
configure({ idPattern: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/ })
await runPhase(process.argv[2], adapter, () => pool.end())
