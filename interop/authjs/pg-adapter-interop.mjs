// Runs Auth.js's own @auth/pg-adapter, unchanged, against a database that the auth-adapter starter migrated.
// PgAdapterInteropTests (auth-adapter-test) drives it; it can also be run by hand:
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/mydb node pg-adapter-interop.mjs write
//
// Phases:
//   write        calls every method of the adapter on rows of its own and prints, as JSON on stdout, the
//                user, account, session and verification token it leaves behind for the Java side to read
//   read         checks the rows the Java side wrote (INTEROP_INPUT), consumes the Java side's verification
//                token and updates the Java side's user and session
//   delete-user  deletes the Java side's user (INTEROP_INPUT) and checks that its session and account went too
//
// Secrets never reach stderr: they are compared with sameSecret, which names the field but not the value, and
// results expected to be empty are checked with absent, which does not print what it found.

import assert from "node:assert/strict"
import { randomUUID } from "node:crypto"
import pg from "pg"
import PostgresAdapter, { mapExpiresAt } from "@auth/pg-adapter"

const HOUR = 60 * 60 * 1000

// assert.equal would print a diff of both values even with a message of its own, so these use assert.ok.
function same(actual, expected, field) {
  assert.ok(actual === expected, `${field}: expected ${JSON.stringify(expected)} but was ${JSON.stringify(actual)}`)
}

function absent(actual, where) {
  assert.ok(actual == null, `${where}: expected nothing but found something`)
}

function sameSecret(actual, expected, field) {
  assert.ok(typeof actual === "string" && actual === expected, `${field} differs from what was stored`)
}

function sameInstant(actual, expected, field) {
  assert.ok(actual instanceof Date, `${field}: expected a Date but was ${JSON.stringify(actual)}`)
  same(actual.toISOString(), new Date(expected).toISOString(), field)
}

function sameUser(actual, expected, where) {
  assert.ok(actual, `${where}: no user`)
  same(actual.id, expected.id, `${where}: id`)
  same(actual.name, expected.name, `${where}: name`)
  same(actual.email, expected.email, `${where}: email`)
  if (expected.emailVerified == null) {
    same(actual.emailVerified, null, `${where}: emailVerified`)
  } else {
    sameInstant(actual.emailVerified, expected.emailVerified, `${where}: emailVerified`)
  }
  same(actual.image, expected.image, `${where}: image`)
}

function sameAccount(actual, expected) {
  for (const field of ["userId", "type", "provider", "providerAccountId", "token_type", "scope", "session_state"]) {
    same(actual[field], expected[field], `account.${field}`)
  }
  same(actual.expires_at, expected.expires_at, "account.expires_at (seconds since the epoch, a number)")
  for (const field of ["access_token", "refresh_token", "id_token"]) {
    sameSecret(actual[field], expected[field], `account.${field}`)
  }
}

function sameSession(actual, expected, where) {
  assert.ok(actual, `${where}: no session`)
  sameSecret(actual.sessionToken, expected.sessionToken, `${where}: sessionToken`)
  same(actual.userId, expected.userId, `${where}: userId`)
  sameInstant(actual.expires, expected.expires, `${where}: expires`)
}

function sameVerificationToken(actual, expected, where) {
  assert.ok(actual, `${where}: no verification token`)
  same(actual.identifier, expected.identifier, `${where}: identifier`)
  sameSecret(actual.token, expected.token, `${where}: token`)
  sameInstant(actual.expires, expected.expires, `${where}: expires`)
}

// The pg-adapter has no getAccount; Auth.js's own adapter tests read the row and map it the same way.
async function accountRow(pool, provider, providerAccountId) {
  const result = await pool.query(
    `SELECT * FROM accounts WHERE provider = $1 AND "providerAccountId" = $2`, [provider, providerAccountId])
  return result.rowCount === 0 ? null : mapExpiresAt(result.rows[0])
}

function newAccount(userId, provider) {
  return {
    userId,
    type: "oidc",
    provider,
    providerAccountId: randomUUID(),
    access_token: `access-${randomUUID()}`,
    refresh_token: `refresh-${randomUUID()}`,
    // Past 2038: a 32-bit column would overflow.
    expires_at: 4102444800,
    token_type: "bearer",
    scope: "openid email profile",
    id_token: `id-${randomUUID()}`,
    session_state: `state-${randomUUID()}`,
  }
}

async function write(adapter, pool) {
  const run = randomUUID()

  // Auth.js core passes an id of its own; the adapter ignores it and the database assigns one.
  const created = await adapter.createUser({
    id: randomUUID(), name: "Grace", email: `grace-${run}@example.com`,
    emailVerified: new Date("2024-02-29T23:59:59.123Z"), image: "https://example.com/grace.png",
  })
  assert.match(created.id, /^\d+$/, "createUser: the id is the database's, as a string")
  sameUser(await adapter.getUser(created.id), created, "getUser")
  sameUser(await adapter.getUserByEmail(created.email), created, "getUserByEmail")
  absent(await adapter.getUser("not-a-number"), "getUser with a malformed id")
  absent(await adapter.getUserByEmail(`nobody-${run}@example.com`), "getUserByEmail of nobody")

  const user = await adapter.updateUser({ id: created.id, name: "Grace Hopper" })
  sameUser(user, { ...created, name: "Grace Hopper" }, "updateUser")
  sameUser(await adapter.getUser(created.id), user, "getUser after updateUser")

  const account = newAccount(user.id, "oidc-provider")
  sameAccount(await adapter.linkAccount(account), account)
  sameAccount(await accountRow(pool, account.provider, account.providerAccountId), account)
  sameUser(await adapter.getUserByAccount(account), user, "getUserByAccount")

  const unlinked = newAccount(user.id, "other-provider")
  await adapter.linkAccount(unlinked)
  await adapter.unlinkAccount(unlinked)
  absent(await adapter.getUserByAccount(unlinked), "getUserByAccount after unlinkAccount")
  absent(await accountRow(pool, unlinked.provider, unlinked.providerAccountId), "accounts row after unlinkAccount")

  const session = { sessionToken: randomUUID(), userId: user.id, expires: new Date(Date.now() + HOUR) }
  sameSession(await adapter.createSession(session), session, "createSession")
  const found = await adapter.getSessionAndUser(session.sessionToken)
  sameSession(found?.session, session, "getSessionAndUser")
  sameUser(found.user, user, "getSessionAndUser")
  session.expires = new Date(Date.now() + 24 * HOUR)
  // The pg-adapter's updateSession returns nothing (its UPDATE has no RETURNING), so read the session back.
  await adapter.updateSession({ sessionToken: session.sessionToken, expires: session.expires })
  sameSession((await adapter.getSessionAndUser(session.sessionToken))?.session, session, "session after updateSession")

  const deleted = { sessionToken: randomUUID(), userId: user.id, expires: new Date(Date.now() + HOUR) }
  await adapter.createSession(deleted)
  await adapter.deleteSession(deleted.sessionToken)
  absent(await adapter.getSessionAndUser(deleted.sessionToken), "getSessionAndUser after deleteSession")

  const own = { identifier: user.email, token: randomUUID(), expires: new Date(Date.now() + HOUR) }
  sameVerificationToken(await adapter.createVerificationToken(own), own, "createVerificationToken")
  absent(await adapter.useVerificationToken({ identifier: "someone-else", token: own.token }),
    "useVerificationToken with another identifier")
  sameVerificationToken(await adapter.useVerificationToken(own), own, "useVerificationToken")
  absent(await adapter.useVerificationToken(own), "useVerificationToken a second time")
  const forJava = { identifier: user.email, token: randomUUID(), expires: new Date(Date.now() + HOUR) }
  await adapter.createVerificationToken(forJava)

  const leaving = await adapter.createUser({ name: "Leaving", email: `leaving-${run}@example.com` })
  const leavingAccount = newAccount(leaving.id, "oidc-provider")
  await adapter.linkAccount(leavingAccount)
  const leavingSession = { sessionToken: randomUUID(), userId: leaving.id, expires: new Date(Date.now() + HOUR) }
  await adapter.createSession(leavingSession)
  await adapter.deleteUser(leaving.id)
  absent(await adapter.getUser(leaving.id), "getUser after deleteUser")
  absent(await adapter.getUserByAccount(leavingAccount), "getUserByAccount after deleteUser")
  absent(await adapter.getSessionAndUser(leavingSession.sessionToken), "getSessionAndUser after deleteUser")

  return { user, account, session, verificationToken: forJava }
}

async function read(adapter, pool, { user, account, session, verificationToken, changes }) {
  sameUser(await adapter.getUser(user.id), user, "getUser")
  sameUser(await adapter.getUserByEmail(user.email), user, "getUserByEmail")
  sameUser(await adapter.getUserByAccount(account), user, "getUserByAccount")
  sameAccount(await accountRow(pool, account.provider, account.providerAccountId), account)
  const found = await adapter.getSessionAndUser(session.sessionToken)
  sameSession(found?.session, session, "getSessionAndUser")
  sameUser(found.user, user, "getSessionAndUser")

  const used = await adapter.useVerificationToken(verificationToken)
  sameVerificationToken(used, verificationToken, "useVerificationToken")
  absent(await adapter.useVerificationToken(verificationToken), "useVerificationToken a second time")

  const updated = await adapter.updateUser({ id: user.id, name: changes.name })
  sameUser(updated, { ...user, name: changes.name }, "updateUser")
  await adapter.updateSession({ sessionToken: session.sessionToken, expires: new Date(changes.sessionExpires) })
  sameSession((await adapter.getSessionAndUser(session.sessionToken))?.session,
    { ...session, expires: changes.sessionExpires }, "session after updateSession")
  return { user: updated }
}

async function deleteUser(adapter, pool, { userId, sessionToken, provider, providerAccountId }) {
  await adapter.deleteUser(userId)
  absent(await adapter.getUser(userId), "getUser after deleteUser")
  absent(await adapter.getUserByAccount({ provider, providerAccountId }), "getUserByAccount after deleteUser")
  absent(await adapter.getSessionAndUser(sessionToken), "getSessionAndUser after deleteUser")
  return { deleted: userId }
}

const phases = { write, read, "delete-user": deleteUser }
const phase = Object.hasOwn(phases, process.argv[2] ?? "") ? phases[process.argv[2]] : undefined
const input = process.env.INTEROP_INPUT ? JSON.parse(process.env.INTEROP_INPUT) : undefined
if (!phase || !process.env.DATABASE_URL || (phase !== write && !input)) {
  console.error("Usage: DATABASE_URL=postgresql://... node pg-adapter-interop.mjs write")
  console.error("       DATABASE_URL=postgresql://... INTEROP_INPUT='{...}' node pg-adapter-interop.mjs read|delete-user")
  process.exit(2)
}

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
try {
  const summary = await phase(PostgresAdapter(pool), pool, input)
  process.stdout.write(JSON.stringify(summary) + "\n")
} catch (error) {
  // The stack of an assertion names the failing check; its message never holds a secret (see sameSecret).
  console.error(error?.stack ?? String(error))
  process.exitCode = 1
} finally {
  await pool.end()
}
