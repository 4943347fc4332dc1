// The session and email-link side of Auth.js, with its own @auth/pg-adapter, against the sample app's database.
// SessionInteropTests (sample-app) drives it; by hand:
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/mydb node session-interop.mjs create-session
//
// Phases:
//   create-session       creates a user and a database session as Auth.js's callback does, and prints both;
//                        the session token is what Auth.js puts in the authjs.session-token cookie
//   read-session         reads the session of INTEROP_INPUT.sessionToken with getSessionAndUser, as Auth.js
//                        does for every request, and prints its user and expiry
//   find-session         tells whether getSessionAndUser finds a session for INTEROP_INPUT.sessionToken
//   create-email-link    stores a verification token as Auth.js's email provider does (SHA-256 of token and
//                        INTEROP_INPUT.secret) for INTEROP_INPUT.email, and prints the raw token of the link
//   csrf-cookie          asks Auth.js itself (@auth/core, offline) for GET /api/auth/csrf with INTEROP_INPUT.secret,
//                        and prints its authjs.csrf-token cookie (name=value) and the csrfToken of its answer
//   verify-csrf          has Auth.js itself check POST /api/auth/signout with INTEROP_INPUT.cookie (name=value) and
//                        the form field INTEROP_INPUT.csrfToken, and prints whether it accepted them
//
// Nothing secret is printed on stderr.

import assert from "node:assert/strict"
import { randomBytes, randomUUID } from "node:crypto"
import pg from "pg"
import PostgresAdapter from "@auth/pg-adapter"
import { Auth } from "@auth/core"

const DAY = 24 * 60 * 60 * 1000

// Auth.js core's createHash (packages/core/src/lib/utils/web.ts): SHA-256 as lower-case hex, via Web Crypto.
async function createHash(message) {
  const data = new TextEncoder().encode(message)
  const hash = await crypto.subtle.digest("SHA-256", data)
  return Array.from(new Uint8Array(hash)).map((b) => b.toString(16).padStart(2, "0")).join("")
}

async function createSession(adapter) {
  const user = await adapter.createUser({
    name: "Node User", email: `node-${randomUUID()}@example.com`, emailVerified: new Date(), image: null,
  })
  // Auth.js's default generateSessionToken is crypto.randomUUID(); its default maxAge is 30 days.
  const session = await adapter.createSession({
    sessionToken: randomUUID(), userId: user.id, expires: new Date(Date.now() + 30 * DAY),
  })
  return { user, session }
}

async function readSession(adapter, { sessionToken }) {
  const found = await adapter.getSessionAndUser(sessionToken)
  assert.ok(found, "getSessionAndUser found no session for the sample app's cookie")
  assert.ok(found.session.sessionToken === sessionToken, "sessionToken differs from the cookie's")
  return {
    session: { userId: found.session.userId, expires: found.session.expires.toISOString() },
    user: found.user,
  }
}

async function findSession(adapter, { sessionToken }) {
  return { found: (await adapter.getSessionAndUser(sessionToken)) != null }
}

async function createEmailLink(adapter, { email, secret }) {
  // Auth.js's email provider: 32 random bytes as hex, stored as createHash(`${token}${secret}`), for 24 hours.
  const token = randomBytes(32).toString("hex")
  await adapter.createVerificationToken({
    identifier: email, token: await createHash(`${token}${secret}`), expires: new Date(Date.now() + DAY),
  })
  return { token }
}

// Auth.js as a Next.js app runs it, without a provider or a database: enough for its CSRF cookie.
function authConfig(secret) {
  const quiet = { error() {}, warn() {}, debug() {} }
  return { secret, trustHost: true, basePath: "/api/auth", providers: [], logger: quiet }
}

async function csrfCookie(adapter, { secret }) {
  const response = await Auth(new Request("http://localhost/api/auth/csrf"), authConfig(secret))
  const cookie = response.headers.getSetCookie().find((header) => header.startsWith("authjs.csrf-token="))
  assert.ok(cookie, "Auth.js set no authjs.csrf-token cookie")
  return { cookie: cookie.split(";")[0], csrfToken: (await response.json()).csrfToken }
}

async function verifyCsrf(adapter, { secret, cookie, csrfToken }) {
  const request = new Request("http://localhost/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/" }),
  })
  const response = await Auth(request, authConfig(secret))
  // A refused token sends Auth.js's client to the sign-in page with error=MissingCSRF.
  return { accepted: response.status === 302 && !response.headers.get("location").includes("MissingCSRF") }
}

const phases = {
  "create-session": createSession, "read-session": readSession, "find-session": findSession,
  "create-email-link": createEmailLink, "csrf-cookie": csrfCookie, "verify-csrf": verifyCsrf,
}
const phase = Object.hasOwn(phases, process.argv[2] ?? "") ? phases[process.argv[2]] : undefined
const input = process.env.INTEROP_INPUT ? JSON.parse(process.env.INTEROP_INPUT) : {}
if (!phase || !process.env.DATABASE_URL) {
  console.error(`usage: DATABASE_URL=... [INTEROP_INPUT=json] node session-interop.mjs ${Object.keys(phases).join("|")}`)
  process.exit(2)
}
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
try {
  const result = await phase(PostgresAdapter(pool), input)
  process.stdout.write(JSON.stringify(result))
} catch (error) {
  console.error(error?.message ?? String(error))
  process.exitCode = 1
} finally {
  await pool.end()
}
