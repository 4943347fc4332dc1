// Auth.js's own @auth/pg-adapter in the benchmark (benchmarks module, NodeAuthJs). One process serves the whole run,
// so that V8 warms up as the JVM does. It reads one measurement per JSON line on stdin and answers each with one
// JSON line on stdout: { calls, elapsedNanos, p50Nanos, p99Nanos }, or { error }.
//
// Environment: BENCH_DATABASES, a JSON object of node-postgres URLs by name (credentials come from PGUSER and
// PGPASSWORD); BENCH_POOL_SIZE, the connections of each database's pg Pool, as many as the Java side's Hikari pool.
//
// The rows follow the harness's conventions (Dataset.java): user n has the email user<n>@example.com and one session
// whose token is md5("session-<n>") in hex; verification token n of a batch is "<batch>-<n>" for user n's email.

import { createHash, randomUUID } from "node:crypto"
import { readFileSync } from "node:fs"
import { createInterface } from "node:readline"
import pg from "pg"
import PostgresAdapter from "@auth/pg-adapter"

const DAY = 24 * 60 * 60 * 1000

const poolSize = Number(process.env.BENCH_POOL_SIZE ?? 16)
const pools = Object.fromEntries(Object.entries(JSON.parse(process.env.BENCH_DATABASES ?? "{}"))
  // Connections stay open once made (no idle timeout), as Hikari's do.
  .map(([name, url]) => [name, new pg.Pool({ connectionString: url, max: poolSize, idleTimeoutMillis: 0 })]))
const adapters = Object.fromEntries(Object.entries(pools).map(([name, pool]) => [name, PostgresAdapter(pool)]))

const sessionToken = (n) => createHash("md5").update(`session-${n}`).digest("hex")
const randomUser = (sessions) => 1 + Math.floor(Math.random() * sessions)

async function findSession(adapter, token) {
  const found = await adapter.getSessionAndUser(token)
  if (!found) throw new Error("A loaded session was not found")
  if (String(found.session.userId) !== String(found.user.id)) throw new Error("Another user's session came back")
}

// Each returns the function of one call; that function resolves to false when nothing is left to call it on.
const operations = {
  getSessionAndUser: (adapter, { sessions }) => async () => {
    await findSession(adapter, sessionToken(randomUser(sessions)))
    return true
  },
  createSession: (adapter, { sessions }) => async () => {
    await adapter.createSession({
      sessionToken: randomUUID(), userId: String(randomUser(sessions)), expires: new Date(Date.now() + 30 * DAY),
    })
    return true
  },
  useVerificationToken: (adapter, { tokenBatch }) => {
    let taken = 0
    return async () => {
      const n = ++taken
      if (n > tokenBatch.count) return false
      const used = await adapter.useVerificationToken({ identifier: `user${n}@example.com`, token: `${tokenBatch.name}-${n}` })
      if (!used) throw new Error("A loaded verification token was not found")
      return true
    }
  },
  emailSignIn: (adapter) => async () => {
    const email = `signin-${randomUUID()}@example.com`
    const token = randomUUID()
    await adapter.createVerificationToken({ identifier: email, token, expires: new Date(Date.now() + DAY) })
    if (!await adapter.useVerificationToken({ identifier: email, token })) {
      throw new Error("The verification token just created was not found")
    }
    if (await adapter.getUserByEmail(email)) throw new Error("A new visitor's email already has a user")
    const user = await adapter.createUser({ name: null, email, emailVerified: new Date(), image: null })
    const session = await adapter.createSession({
      sessionToken: randomUUID(), userId: user.id, expires: new Date(Date.now() + 30 * DAY),
    })
    await findSession(adapter, session.sessionToken)
    return true
  },
}

// Nearest rank, as Sample.java computes it.
function percentile(sorted, percent) {
  if (sorted.length === 0) return 0n
  return sorted[Math.max(Math.ceil((percent / 100) * sorted.length), 1) - 1]
}

async function measure(command) {
  const adapter = adapters[command.database]
  const operation = operations[command.operation]
  if (!adapter || !operation) throw new Error(`Unknown database ${command.database} or operation ${command.operation}`)
  const call = operation(adapter, command)
  const latencies = []
  const begin = process.hrtime.bigint()
  const end = begin + BigInt(command.millis) * 1_000_000n
  async function caller() {
    let before = process.hrtime.bigint()
    // At least one call each, as on the Java side.
    do {
      if (!await call()) return
      const after = process.hrtime.bigint()
      latencies.push(after - before)
      before = after
    } while (before < end)
  }
  await Promise.all(Array.from({ length: command.callers }, caller))
  const elapsed = process.hrtime.bigint() - begin
  latencies.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return {
    calls: latencies.length, elapsedNanos: Number(elapsed),
    p50Nanos: Number(percentile(latencies, 50)), p99Nanos: Number(percentile(latencies, 99)),
  }
}

function packageVersion(name) {
  return JSON.parse(readFileSync(new URL(`./node_modules/${name}/package.json`, import.meta.url))).version
}

// Opens every connection of a pool before the first measurement, as Hikari does, waiting while a busy server has
// no connection to spare, so that a measurement never has to open one.
async function openAll(pool) {
  for (let attempt = 1; ; attempt++) {
    const opened = await Promise.allSettled(Array.from({ length: poolSize }, () => pool.connect()))
    opened.filter(({ status }) => status === "fulfilled").forEach(({ value }) => value.release())
    const failure = opened.find(({ status }) => status === "rejected")
    if (!failure) return
    if (attempt === 30) throw failure.reason
    await new Promise((resolve) => setTimeout(resolve, 2000))
  }
}

const answer = (message) => process.stdout.write(JSON.stringify(message) + "\n")
await Promise.all(Object.values(pools).map(openAll))
answer({ node: process.version, "@auth/pg-adapter": packageVersion("@auth/pg-adapter"), pg: packageVersion("pg") })
try {
  for await (const line of createInterface({ input: process.stdin })) {
    try {
      answer(await measure(JSON.parse(line)))
    } catch (error) {
      answer({ error: error?.message ?? String(error) })
    }
  }
} finally {
  await Promise.all(Object.values(pools).map((pool) => pool.end()))
}
