// The round trip of an Auth.js adapter with the auth-adapter starter, the same for every ORM's adapter: the phases
// that an interop script (prisma-adapter-interop.mjs, drizzle-adapter-interop.mjs) runs on the adapter it builds.
//   write        calls every method of the adapter on rows of its own and returns the user, account, session and
//                verification token it leaves behind for the Java side to read
//   read         checks the rows the Java side wrote, consumes the Java side's verification token and updates the
//                Java side's user and session
//   delete-user  deletes the Java side's user and checks that its session and account went too
//
// Secrets never reach stderr: they are compared with sameSecret, which names the field but not the value.

import assert from "node:assert/strict"
import { randomUUID } from "node:crypto"

const HOUR = 60 * 60 * 1000

// The ids that the adapter's own client makes, which the starter's follow too, and the precision of the schema's
// expiries and of its users' emailVerified: set by configure().
let ids = /./
let precision = 1
let emailVerifiedPrecision = 1

/**
 * Sets what the schema's ids look like, and to how many milliseconds its expiries and its users' emailVerified are
 * precise (1000 for a MySQL TIMESTAMP or DATETIME without fractions).
 */
export function configure({ idPattern, timestampPrecision = 1, userTimestampPrecision = 1 }) {
  ids = idPattern
  precision = timestampPrecision
  emailVerifiedPrecision = userTimestampPrecision
}

function truncated(milliseconds, toPrecision) {
  return new Date(Math.floor(milliseconds / toPrecision) * toPrecision)
}

// A time from now, as precise as the schema keeps it.
function fromNow(milliseconds) {
  return truncated(Date.now() + milliseconds, precision)
}

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
  for (const field of ["id", "name", "email", "image"]) {
    same(actual[field], expected[field], `${where}: ${field}`)
  }
  if (expected.emailVerified == null) {
    same(actual.emailVerified, null, `${where}: emailVerified`)
  } else {
    sameInstant(actual.emailVerified, expected.emailVerified, `${where}: emailVerified`)
  }
}

function sameAccount(actual, expected, where) {
  assert.ok(actual, `${where}: no account`)
  for (const field of ["userId", "type", "provider", "providerAccountId", "token_type", "scope", "session_state",
    "expires_at"]) {
    same(actual[field], expected[field], `${where}: account.${field}`)
  }
  for (const field of ["access_token", "refresh_token", "id_token"]) {
    sameSecret(actual[field], expected[field], `${where}: account.${field}`)
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

function newAccount(userId, provider) {
  return {
    userId,
    type: "oidc",
    provider,
    providerAccountId: randomUUID(),
    access_token: `access-${randomUUID()}`,
    refresh_token: `refresh-${randomUUID()}`,
    // Prisma's Int is 32 bits: 2038 at the latest.
    expires_at: 2000000000,
    token_type: "bearer",
    scope: "openid email profile",
    id_token: `id-${randomUUID()}`,
    session_state: `state-${randomUUID()}`,
  }
}

// Auth.js core looks an account up by these two fields only; Prisma refuses any others in the key.
function key({ provider, providerAccountId }) {
  return { provider, providerAccountId }
}

function tokenKey({ identifier, token }) {
  return { identifier, token }
}

// The adapter returns the ORM's rows, which may hold the schema's extra columns (Prisma's createdAt, say) too.
function accountFields(row) {
  return row && Object.fromEntries(Object.keys(newAccount()).map((field) => [field, row[field]]))
}

// getAccount is optional in Auth.js's adapter contract; the Kysely adapter has none, and getUserByAccount checks
// the link there.
async function sameStoredAccount(adapter, account) {
  if (adapter.getAccount) {
    sameAccount(accountFields(await adapter.getAccount(account.providerAccountId, account.provider)), account,
      "getAccount")
  }
}

// The user's own fields: the Sequelize adapter returns a model instance, whose fields a spread does not copy.
function userFields(user) {
  return user && { id: user.id, name: user.name, email: user.email, emailVerified: user.emailVerified,
    image: user.image }
}

// The TypeORM adapter's updateUser returns only the fields it was given, so the whole user is read back instead.
async function updateName(adapter, id, name) {
  const returned = await adapter.updateUser({ id, name })
  same(returned?.name, name, "updateUser: name")
}

export async function write(adapter) {
  const run = randomUUID()

  const created = userFields(await adapter.createUser({
    name: "Grace", email: `grace-${run}@example.com`,
    emailVerified: truncated(Date.parse("2024-02-29T23:59:59.123Z"), emailVerifiedPrecision),
    image: "https://example.com/grace.png",
  }))
  assert.match(created.id, ids, "createUser: the id that the adapter's client made")
  sameUser(await adapter.getUser(created.id), created, "getUser")
  sameUser(await adapter.getUserByEmail(created.email), created, "getUserByEmail")
  absent(await adapter.getUserByEmail(`nobody-${run}@example.com`), "getUserByEmail of nobody")

  await updateName(adapter, created.id, "Grace Hopper")
  const user = await adapter.getUser(created.id)
  sameUser(user, { ...created, name: "Grace Hopper" }, "getUser after updateUser")

  const account = newAccount(user.id, "oidc-provider")
  await adapter.linkAccount(account)
  await sameStoredAccount(adapter, account)
  sameUser(await adapter.getUserByAccount(key(account)), user, "getUserByAccount")

  const unlinked = newAccount(user.id, "other-provider")
  await adapter.linkAccount(unlinked)
  await adapter.unlinkAccount(key(unlinked))
  absent(await adapter.getUserByAccount(key(unlinked)), "getUserByAccount after unlinkAccount")

  const session = { sessionToken: randomUUID(), userId: user.id, expires: fromNow(HOUR) }
  sameSession(await adapter.createSession(session), session, "createSession")
  const found = await adapter.getSessionAndUser(session.sessionToken)
  sameSession(found?.session, session, "getSessionAndUser")
  sameUser(found.user, user, "getSessionAndUser")
  session.expires = fromNow(24 * HOUR)
  // Some adapters' updateSession returns nothing (TypeORM's, pg-adapter's), so the session is read back.
  await adapter.updateSession({ sessionToken: session.sessionToken, expires: session.expires })
  sameSession((await adapter.getSessionAndUser(session.sessionToken))?.session, session, "session after updateSession")

  const deleted = { sessionToken: randomUUID(), userId: user.id, expires: fromNow(HOUR) }
  await adapter.createSession(deleted)
  await adapter.deleteSession(deleted.sessionToken)
  absent(await adapter.getSessionAndUser(deleted.sessionToken), "getSessionAndUser after deleteSession")

  const own = { identifier: user.email, token: randomUUID(), expires: fromNow(HOUR) }
  sameVerificationToken(await adapter.createVerificationToken(own), own, "createVerificationToken")
  sameVerificationToken(await adapter.useVerificationToken(tokenKey(own)), own, "useVerificationToken")
  absent(await adapter.useVerificationToken(tokenKey(own)), "useVerificationToken a second time")
  const forJava = { identifier: user.email, token: randomUUID(), expires: fromNow(HOUR) }
  await adapter.createVerificationToken(forJava)

  return { user, account, session, verificationToken: forJava }
}

export async function read(adapter, { user, account, session, verificationToken, changes }) {
  assert.match(user.id, ids, "the id that the starter made")
  sameUser(await adapter.getUser(user.id), user, "getUser")
  sameUser(await adapter.getUserByEmail(user.email), user, "getUserByEmail")
  sameUser(await adapter.getUserByAccount(key(account)), user, "getUserByAccount")
  await sameStoredAccount(adapter, account)
  const found = await adapter.getSessionAndUser(session.sessionToken)
  sameSession(found?.session, session, "getSessionAndUser")
  sameUser(found.user, user, "getSessionAndUser")

  sameVerificationToken(await adapter.useVerificationToken(tokenKey(verificationToken)), verificationToken,
    "useVerificationToken")
  absent(await adapter.useVerificationToken(tokenKey(verificationToken)), "useVerificationToken a second time")

  await updateName(adapter, user.id, changes.name)
  const updated = await adapter.getUser(user.id)
  sameUser(updated, { ...user, name: changes.name }, "getUser after updateUser")
  const expires = new Date(changes.sessionExpires)
  await adapter.updateSession({ sessionToken: session.sessionToken, expires })
  sameSession((await adapter.getSessionAndUser(session.sessionToken))?.session, { ...session, expires },
    "session after updateSession")
  return { user: updated }
}

export async function deleteUser(adapter, { userId, sessionToken, provider, providerAccountId }) {
  await adapter.deleteUser(userId)
  absent(await adapter.getUser(userId), "getUser after deleteUser")
  absent(await adapter.getUserByAccount({ provider, providerAccountId }), "getUserByAccount after deleteUser")
  absent(await adapter.getSessionAndUser(sessionToken), "getSessionAndUser after deleteUser")
  return { deleted: userId }
}

/**
 * Runs the phase of the command line on the adapter, with INTEROP_INPUT as its input, and prints its result as JSON.
 * The ORM's own errors print the query's arguments, tokens among them, so only their code and stack frames are shown.
 */
export async function runPhase(phaseName, adapter, close) {
  const phases = { write, read, "delete-user": deleteUser }
  const phase = Object.hasOwn(phases, phaseName ?? "") ? phases[phaseName] : undefined
  const input = process.env.INTEROP_INPUT ? JSON.parse(process.env.INTEROP_INPUT) : undefined
  if (!phase || (phase !== write && !input)) {
    console.error(`Unknown phase ${phaseName} or no INTEROP_INPUT: the phases are write, read and delete-user`)
    process.exitCode = 2
    await close()
    return
  }
  try {
    process.stdout.write(JSON.stringify(await phase(adapter, input)) + "\n")
  } catch (error) {
    const where = String(error?.stack ?? "").split("\n").filter((line) => line.startsWith("    at ")).join("\n")
    console.error(error instanceof assert.AssertionError ? error.stack
      : `${error?.name ?? "Error"} ${error?.code ?? ""} (message left out: it may hold a token)\n${where}`)
    process.exitCode = 1
  } finally {
    await close()
  }
}
