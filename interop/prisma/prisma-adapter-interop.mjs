// Runs Auth.js's own @auth/prisma-adapter, unchanged, with a @prisma/client generated from Auth.js's documented Prisma
// models (prisma.mjs generate), against a database whose Auth.js tables the auth-adapter starter also uses.
// PrismaAdapterInteropTests (auth-adapter-test) drives it; it can also be run by hand:
//
//   PRISMA_VARIANT=v5 DATABASE_URL=postgresql://127.0.0.1:5432/mydb DATABASE_USER=postgres \
//     node prisma-adapter-interop.mjs write
//
// PRISMA_VARIANT is v5, v5-plain or v4 (see prisma.mjs); DATABASE_URL is postgresql://... or mariadb://... without
// credentials, which come from DATABASE_USER and DATABASE_PASSWORD. Phases:
//   write        calls every method of the adapter on rows of its own and prints, as JSON on stdout, the
//                user, account, session and verification token it leaves behind for the Java side to read
//   read         checks the rows the Java side wrote (INTEROP_INPUT), consumes the Java side's verification
//                token and updates the Java side's user and session
//   delete-user  deletes the Java side's user (INTEROP_INPUT) and checks that its session and account went too
//
// Secrets never reach stderr: they are compared with sameSecret, which names the field but not the value.

import assert from "node:assert/strict"
import { randomUUID } from "node:crypto"
import { PrismaPg } from "@prisma/adapter-pg"
import { PrismaMariaDb } from "@prisma/adapter-mariadb"
import { PrismaAdapter } from "@auth/prisma-adapter"

const HOUR = 60 * 60 * 1000
// The cuid shape of Prisma's @default(cuid()), which the starter's ids follow too.
const CUID = /^c[0-9a-z]{24}$/

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

// The adapter returns Prisma's rows, which hold the schema's extra columns (createdAt, v4's id) too.
function accountFields(row) {
  return row && Object.fromEntries(Object.keys(newAccount()).map((field) => [field, row[field]]))
}

async function write(adapter) {
  const run = randomUUID()

  const created = await adapter.createUser({
    name: "Grace", email: `grace-${run}@example.com`,
    emailVerified: new Date("2024-02-29T23:59:59.123Z"), image: "https://example.com/grace.png",
  })
  assert.match(created.id, CUID, "createUser: the id that Prisma's client made")
  sameUser(await adapter.getUser(created.id), created, "getUser")
  sameUser(await adapter.getUserByEmail(created.email), created, "getUserByEmail")
  absent(await adapter.getUserByEmail(`nobody-${run}@example.com`), "getUserByEmail of nobody")

  const user = await adapter.updateUser({ id: created.id, name: "Grace Hopper" })
  sameUser(user, { ...created, name: "Grace Hopper" }, "updateUser")

  const account = newAccount(user.id, "oidc-provider")
  await adapter.linkAccount(account)
  sameAccount(accountFields(await adapter.getAccount(account.providerAccountId, account.provider)), account,
    "getAccount")
  sameUser(await adapter.getUserByAccount(key(account)), user, "getUserByAccount")

  const unlinked = newAccount(user.id, "other-provider")
  await adapter.linkAccount(unlinked)
  await adapter.unlinkAccount(key(unlinked))
  absent(await adapter.getUserByAccount(key(unlinked)), "getUserByAccount after unlinkAccount")

  const session = { sessionToken: randomUUID(), userId: user.id, expires: new Date(Date.now() + HOUR) }
  sameSession(await adapter.createSession(session), session, "createSession")
  const found = await adapter.getSessionAndUser(session.sessionToken)
  sameSession(found?.session, session, "getSessionAndUser")
  sameUser(found.user, user, "getSessionAndUser")
  session.expires = new Date(Date.now() + 24 * HOUR)
  sameSession(await adapter.updateSession({ sessionToken: session.sessionToken, expires: session.expires }), session,
    "updateSession")

  const deleted = { sessionToken: randomUUID(), userId: user.id, expires: new Date(Date.now() + HOUR) }
  await adapter.createSession(deleted)
  await adapter.deleteSession(deleted.sessionToken)
  absent(await adapter.getSessionAndUser(deleted.sessionToken), "getSessionAndUser after deleteSession")

  const own = { identifier: user.email, token: randomUUID(), expires: new Date(Date.now() + HOUR) }
  sameVerificationToken(await adapter.createVerificationToken(own), own, "createVerificationToken")
  sameVerificationToken(await adapter.useVerificationToken(tokenKey(own)), own, "useVerificationToken")
  absent(await adapter.useVerificationToken(tokenKey(own)), "useVerificationToken a second time")
  const forJava = { identifier: user.email, token: randomUUID(), expires: new Date(Date.now() + HOUR) }
  await adapter.createVerificationToken(forJava)

  return { user, account, session, verificationToken: forJava }
}

async function read(adapter, { user, account, session, verificationToken, changes }) {
  assert.match(user.id, CUID, "the id that the starter made")
  sameUser(await adapter.getUser(user.id), user, "getUser")
  sameUser(await adapter.getUserByEmail(user.email), user, "getUserByEmail")
  sameUser(await adapter.getUserByAccount(key(account)), user, "getUserByAccount")
  sameAccount(accountFields(await adapter.getAccount(account.providerAccountId, account.provider)), account,
    "getAccount")
  const found = await adapter.getSessionAndUser(session.sessionToken)
  sameSession(found?.session, session, "getSessionAndUser")
  sameUser(found.user, user, "getSessionAndUser")

  sameVerificationToken(await adapter.useVerificationToken(tokenKey(verificationToken)), verificationToken,
    "useVerificationToken")
  absent(await adapter.useVerificationToken(tokenKey(verificationToken)), "useVerificationToken a second time")

  const updated = await adapter.updateUser({ id: user.id, name: changes.name })
  sameUser(updated, { ...user, name: changes.name }, "updateUser")
  const expires = new Date(changes.sessionExpires)
  sameSession(await adapter.updateSession({ sessionToken: session.sessionToken, expires }),
    { ...session, expires }, "updateSession")
  return { user: updated }
}

async function deleteUser(adapter, { userId, sessionToken, provider, providerAccountId }) {
  await adapter.deleteUser(userId)
  absent(await adapter.getUser(userId), "getUser after deleteUser")
  absent(await adapter.getUserByAccount({ provider, providerAccountId }), "getUserByAccount after deleteUser")
  absent(await adapter.getSessionAndUser(sessionToken), "getSessionAndUser after deleteUser")
  return { deleted: userId }
}

function driverAdapter(url) {
  const credentials = { user: process.env.DATABASE_USER, password: process.env.DATABASE_PASSWORD || undefined }
  if (url.startsWith("mariadb://")) {
    const { hostname, port, pathname } = new URL(url)
    return new PrismaMariaDb({ host: hostname, port: Number(port || 3306), database: pathname.slice(1),
      ...credentials, connectionLimit: 2 })
  }
  // node-postgres takes the user of a connection string over that of its options.
  const withCredentials = new URL(url)
  withCredentials.username = encodeURIComponent(credentials.user ?? "")
  withCredentials.password = encodeURIComponent(credentials.password ?? "")
  return new PrismaPg({ connectionString: withCredentials.toString(), max: 2 })
}

const phases = { write, read, "delete-user": deleteUser }
const phase = Object.hasOwn(phases, process.argv[2] ?? "") ? phases[process.argv[2]] : undefined
const input = process.env.INTEROP_INPUT ? JSON.parse(process.env.INTEROP_INPUT) : undefined
const url = process.env.DATABASE_URL
const variant = process.env.PRISMA_VARIANT
if (!phase || !url || !variant || (phase !== write && !input)) {
  console.error("Usage: PRISMA_VARIANT=v5|v5-plain|v4 DATABASE_URL=postgresql://...|mariadb://... DATABASE_USER=..."
    + " [INTEROP_INPUT='{...}'] node prisma-adapter-interop.mjs write|read|delete-user")
  process.exit(2)
}

const provider = url.startsWith("mariadb://") ? "mysql" : "postgresql"
const { PrismaClient } = await import(`./generated/${variant}-${provider}/index.js`)
const prisma = new PrismaClient({ adapter: driverAdapter(url) })
try {
  const summary = await phase(PrismaAdapter(prisma), input)
  process.stdout.write(JSON.stringify(summary) + "\n")
} catch (error) {
  // The stack of an assertion names the failing check; its message never holds a secret (see sameSecret). Prisma's
  // own errors print the query's arguments, tokens among them, so only their code and stack frames are shown.
  const where = String(error?.stack ?? "").split("\n").filter((line) => line.startsWith("    at ")).join("\n")
  console.error(error instanceof assert.AssertionError ? error.stack
    : `${error?.name ?? "Error"} ${error?.code ?? ""} (message left out: it may hold a token)\n${where}`)
  process.exitCode = 1
} finally {
  await prisma.$disconnect()
}
