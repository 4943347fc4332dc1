// Prints the DDL that drizzle-kit generates, offline, from the tables that @auth/drizzle-adapter defines itself
// (schema/postgresql.js, schema/mysql.js):
//
//   node drizzle.mjs ddl postgresql|mysql
//   node drizzle.mjs ddl-json          the same as JSON, for the provider of INTEROP_INPUT ({"provider": ...});
//                                      DrizzleDdlTests runs it

import { execFileSync } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))
const PROVIDERS = ["postgresql", "mysql"]

export function ddl(provider) {
  if (!PROVIDERS.includes(provider)) {
    throw new Error(`Unknown provider ${provider}: use one of ${PROVIDERS}`)
  }
  const out = mkdtempSync(join(tmpdir(), "drizzle-kit-"))
  try {
    execFileSync(join(here, "node_modules", ".bin", "drizzle-kit"),
      ["generate", "--dialect", provider, "--schema", `./schema/${provider}.js`, "--out", out],
      { cwd: here, stdio: ["ignore", "ignore", "inherit"] })
    const file = readdirSync(out).find((name) => name.endsWith(".sql"))
    return readFileSync(join(out, file), "utf8")
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, provider] = process.argv.slice(2)
  if (command === "ddl") {
    process.stdout.write(ddl(provider))
  } else if (command === "ddl-json") {
    const input = JSON.parse(process.env.INTEROP_INPUT ?? "{}")
    process.stdout.write(JSON.stringify({ ddl: ddl(input.provider) }) + "\n")
  } else {
    throw new Error(`Unknown command ${command}: use ddl postgresql|mysql or ddl-json`)
  }
}
