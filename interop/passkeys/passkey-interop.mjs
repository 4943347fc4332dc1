// Auth.js's side of a shared passkey: its Passkey provider's options with @simplewebauthn/server, its base64
// encoding of the stored fields, and its own @auth/pg-adapter for the user and account rows.
// PasskeyInteropTests (sample-app) drives it, with Chromium's virtual authenticator in between; by hand:
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/mydb INTEROP_INPUT='{"rpId":"localhost"}' \
//     node passkey-interop.mjs authentication-options
//
// Phases (input as JSON in INTEROP_INPUT):
//   registration-options     the options Auth.js's WebAuthn provider makes for a new user INTEROP_INPUT.email
//                            (a random user id of 32 characters, resident key and user verification required)
//   register                 verifies INTEROP_INPUT.response against INTEROP_INPUT.challenge, origin and rpId as
//                            Auth.js's callback does, then writes what it writes: the user (createUser), the
//                            webauthn account (linkAccount) and the authenticator that it hands createAuthenticator,
//                            with credentialID, providerAccountId and credentialPublicKey in standard base64
//   authentication-options   the options Auth.js makes for a passkey sign-in without a known user
//   authenticate             verifies INTEROP_INPUT.response against INTEROP_INPUT.challenge, origin and rpId the way
//                            Auth.js's callback does, reading the authenticator row with Auth.js's decoding, then
//                            stores the new counter and finds the account and user as Auth.js does
//
// Nothing secret is printed on stderr.

import assert from "node:assert/strict"
import pg from "pg"
import PostgresAdapter from "@auth/pg-adapter"
import Passkey from "@auth/core/providers/passkey"
// Auth.js's own helpers; @auth/core does not export them by name, so they are imported by file.
import {
  fromBase64,
  toBase64,
  stringToTransports,
  transportsToString,
} from "./node_modules/@auth/core/lib/utils/webauthn-utils.js"
import { randomString } from "./node_modules/@auth/core/lib/utils/web.js"

const provider = Passkey({})

async function registrationOptions({ email, rpId, rpName }) {
  return provider.simpleWebAuthn.generateRegistrationOptions({
    ...provider.registrationOptions,
    userID: randomString(32),
    userName: email,
    rpID: rpId,
    rpName,
    excludeCredentials: [],
  })
}

async function register(adapter, pool, { email, challenge, response, origin, rpId }) {
  const verification = await provider.simpleWebAuthn.verifyRegistrationResponse({
    ...provider.verifyRegistrationOptions,
    expectedChallenge: challenge,
    response,
    expectedOrigin: origin,
    expectedRPID: rpId,
  })
  assert.ok(verification.verified && verification.registrationInfo, "Auth.js did not verify the registration")
  const info = verification.registrationInfo
  const account = { providerAccountId: toBase64(info.credentialID), provider: provider.id, type: provider.type }
  const authenticator = {
    providerAccountId: account.providerAccountId,
    counter: info.counter,
    credentialID: toBase64(info.credentialID),
    credentialPublicKey: toBase64(info.credentialPublicKey),
    credentialBackedUp: info.credentialBackedUp,
    credentialDeviceType: info.credentialDeviceType,
    transports: transportsToString(response.response.transports),
  }
  // A new user signing up with a passkey: Auth.js's handleLoginOrRegister, then createAuthenticator.
  const user = await adapter.createUser({ email, emailVerified: null })
  await adapter.linkAccount({ ...account, userId: user.id })
  await createAuthenticator(pool, { ...authenticator, userId: user.id })
  return { user, account, authenticator }
}

// What an adapter's createAuthenticator stores; @auth/pg-adapter has none, so this is the row of the starter's
// authenticators table, with the fields exactly as Auth.js hands them over.
async function createAuthenticator(pool, a) {
  await pool.query(
    `INSERT INTO authenticators ("credentialID", "userId", "providerAccountId", "credentialPublicKey", counter,
       "credentialDeviceType", "credentialBackedUp", transports) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [a.credentialID, a.userId, a.providerAccountId, a.credentialPublicKey, a.counter, a.credentialDeviceType,
      a.credentialBackedUp, a.transports ?? null])
}

async function getAuthenticator(pool, credentialID) {
  const { rows } = await pool.query(`SELECT * FROM authenticators WHERE "credentialID" = $1`, [credentialID])
  return rows[0]
}

async function authenticationOptions({ rpId }) {
  return provider.simpleWebAuthn.generateAuthenticationOptions({
    ...provider.authenticationOptions,
    rpID: rpId,
    allowCredentials: undefined,
  })
}

async function authenticate(adapter, pool, { challenge, response, origin, rpId }) {
  // As Auth.js: the id read back through its own base64, so that base64url from the browser finds the row.
  const credentialID = toBase64(fromBase64(response.id))
  const stored = await getAuthenticator(pool, credentialID)
  assert.ok(stored, `no authenticator row for ${credentialID}`)
  const verification = await provider.simpleWebAuthn.verifyAuthenticationResponse({
    ...provider.verifyAuthenticationOptions,
    expectedChallenge: challenge,
    response,
    authenticator: {
      ...stored,
      counter: Number(stored.counter),
      transports: stringToTransports(stored.transports),
      credentialID: fromBase64(stored.credentialID),
      credentialPublicKey: fromBase64(stored.credentialPublicKey),
    },
    expectedOrigin: origin,
    expectedRPID: rpId,
  })
  assert.ok(verification.verified, "Auth.js did not verify the passkey sign-in")
  const newCounter = verification.authenticationInfo.newCounter
  await pool.query(`UPDATE authenticators SET counter = $1 WHERE "credentialID" = $2`, [newCounter, credentialID])
  const user = await adapter.getUserByAccount({ providerAccountId: stored.providerAccountId, provider: provider.id })
  assert.ok(user, "no passkey account for the authenticator, which Auth.js refuses")
  return { verified: true, credentialID, newCounter, user }
}

const phase = process.argv[2]
const input = JSON.parse(process.env.INTEROP_INPUT ?? "{}")
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 })
const adapter = PostgresAdapter(pool)
try {
  const phases = {
    "registration-options": () => registrationOptions(input),
    register: () => register(adapter, pool, input),
    "authentication-options": () => authenticationOptions(input),
    authenticate: () => authenticate(adapter, pool, input),
  }
  assert.ok(phases[phase], `unknown phase ${phase}`)
  process.stdout.write(JSON.stringify(await phases[phase]()))
} finally {
  await pool.end()
}
