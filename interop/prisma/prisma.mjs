// Builds the Prisma schemas of the Auth.js adapters from models/ and runs the Prisma CLI on them, offline.
//
//   node prisma.mjs ddl <variant> <provider>   prints the DDL that `prisma migrate diff --from-empty` makes
//   node prisma.mjs generate                   generates a @prisma/client for each schema, into generated/
//   node prisma.mjs ddl-json                   the same DDL as JSON, for the variant and provider of
//                                              INTEROP_INPUT ({"variant": ..., "provider": ...}); PrismaDdlTests runs it
//
// The CLI connects to DATABASE_URL even for a diff from nothing; npm ci runs generate.
//
// Variants: v5 (createdAt and updatedAt), v5-plain (without them), v4 (NextAuth.js v4), mapped (the @@map and @map
// renames of the naming conventions in Auth.js's documentation), v5-mapped (v5 renamed by hand: tables that the
// starter is told, snake_case columns). Providers: postgresql, mysql.

import { execFileSync } from "node:child_process"
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))
export const VARIANTS = ["v5", "v5-plain", "v4", "mapped", "v5-mapped"]
export const PROVIDERS = ["postgresql", "mysql"]

function schemaFile(variant, provider) {
  if (!VARIANTS.includes(variant) || !PROVIDERS.includes(provider)) {
    throw new Error(`Unknown schema ${variant} ${provider}: variants are ${VARIANTS}, providers ${PROVIDERS}`)
  }
  const directory = join(here, "build", `${variant}-${provider}`)
  mkdirSync(directory, { recursive: true })
  const file = join(directory, "schema.prisma")
  const header = `datasource db {
  provider = "${provider}"
  url      = env("DATABASE_URL")
}

generator client {
  provider        = "prisma-client-js"
  engineType      = "client"
  output          = "../../generated/${variant}-${provider}"
}

`
  writeFileSync(file, header + readFileSync(join(here, "models", `${variant}.prisma`), "utf8"))
  return file
}

function prisma(args, variant, provider) {
  const empty = join(here, "build", "no-engine")
  // On a fresh clone build/ does not exist yet: schemaFile() makes its subfolders only after this runs.
  mkdirSync(dirname(empty), { recursive: true })
  if (!existsSync(empty)) {
    writeFileSync(empty, "")
  }
  return execFileSync(join(here, "node_modules", ".bin", "prisma"), args, {
    cwd: here,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...process.env,
      PRISMA_SCHEMA: schemaFile(variant, provider),
      PRISMA_PROVIDER: provider,
      // The JavaScript engine needs neither, but the CLI looks for both before it starts: an empty file stops it
      // from downloading them.
      PRISMA_QUERY_ENGINE_LIBRARY: empty,
      PRISMA_SCHEMA_ENGINE_BINARY: empty,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  })
}

export function ddl(variant, provider) {
  return prisma(["migrate", "diff", "--from-empty", "--to-schema-datamodel", schemaFile(variant, provider), "--script"],
    variant, provider)
}

export function generate() {
  for (const variant of VARIANTS) {
    for (const provider of PROVIDERS) {
      prisma(["generate", "--no-hints"], variant, provider)
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, variant, provider] = process.argv.slice(2)
  if (command === "ddl") {
    process.stdout.write(ddl(variant, provider))
  } else if (command === "ddl-json") {
    const input = JSON.parse(process.env.INTEROP_INPUT ?? "{}")
    process.stdout.write(JSON.stringify({ ddl: ddl(input.variant, input.provider) }) + "\n")
  } else if (command === "generate") {
    generate()
  } else {
    throw new Error(`Unknown command ${command}: use ddl <variant> <provider> or generate`)
  }
}
