// Auth.js's own JWT session code from npm, for the starter's codec tests (AuthJsJwtInteropTests in
// auth-adapter-test drives it). Reads a JSON array of operations on standard input and prints a JSON array with one
// result per operation on standard output. Nothing secret is printed on standard error.
//
//   echo '[{"op":"encode","version":"v5","claims":{"sub":"1"},"secret":"...","salt":"authjs.session-token"}]' \
//     | node jwt-interop.mjs
//
// Operations ("version" is "v5" for @auth/core, Auth.js v5, or "v4" for next-auth 4):
//   encode     encode({ token: claims, secret, salt, maxAge }) → { token }
//   decode     decode({ token, secret, salt }) → { claims } or { error } with the error's name
//   chunk      what the session store writes for a value, given the cookies of the request → { cookies }
//   getToken   getToken() on a request with the given cookies, which joins chunks → { claims } (null if refused)
//   encrypt    v5 only: any payload text as a JWE under the key and kid that Auth.js derives for the secret and salt,
//              with Auth.js's own key derivation and JOSE library, for tokens that its encode never writes (a payload
//              that is no JSON, extra header parameters) → { token }

import { readFileSync } from "node:fs"
import * as v5 from "@auth/core/jwt"
import v4 from "next-auth/jwt"
import { hkdf } from "@panva/hkdf"
import { CompactEncrypt, base64url, calculateJwkThumbprint } from "jose"
// The session stores are not exported; they are what both versions use to chunk and join the session cookie.
import { SessionStore as V5SessionStore } from "./node_modules/@auth/core/lib/utils/cookie.js"
import v4Cookie from "./node_modules/next-auth/core/lib/cookie.js"

const quiet = { debug() {}, warn() {}, error() {} }
const jwt = { v5, v4 }

function sessionStore(version, name, cookies) {
  const option = { name, options: { httpOnly: true, sameSite: "lax", path: "/", secure: false } }
  return version === "v5"
    ? new V5SessionStore(option, cookies, quiet)
    : new v4Cookie.SessionStore(option, { cookies, headers: {} }, quiet)
}

const operations = {
  async encode({ version, claims, secret, salt, maxAge }) {
    return { token: await jwt[version].encode({ token: claims, secret, salt, maxAge }) }
  },
  async decode({ version, token, secret, salt }) {
    try {
      return { claims: await jwt[version].decode({ token, secret, salt }) }
    } catch (error) {
      return { error: error.name ?? "Error" }
    }
  },
  async chunk({ version, name, value, cookies = {} }) {
    const written = sessionStore(version, name, cookies).chunk(value, {})
    return { cookies: written.map((c) => ({ name: c.name, value: c.value, maxAge: c.options.maxAge ?? null })) }
  },
  async encrypt({ payload, secret, salt, enc = "A256CBC-HS512", header = {} }) {
    const key = await hkdf("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`,
      enc === "A256GCM" ? 32 : 64)
    const kid = await calculateJwkThumbprint({ kty: "oct", k: base64url.encode(key) },
      enc === "A256GCM" ? "sha256" : "sha512")
    const token = await new CompactEncrypt(new TextEncoder().encode(payload))
      .setProtectedHeader({ alg: "dir", enc, kid, ...header })
      .encrypt(key)
    return { token }
  },
  async getToken({ version, cookies, secret, salt, cookieName, secureCookie = false }) {
    const cookie = Object.entries(cookies).map(([n, v]) => `${n}=${v}`).join("; ")
    const req = version === "v5" ? { headers: { cookie } } : { headers: { cookie }, cookies }
    return { claims: await jwt[version].getToken({ req, secret, salt, cookieName, secureCookie, logger: quiet }) }
  },
}

const results = []
for (const operation of JSON.parse(readFileSync(0, "utf8"))) {
  results.push(await operations[operation.op](operation))
}
process.stdout.write(JSON.stringify(results))
