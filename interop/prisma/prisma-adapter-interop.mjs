// Runs Auth.js's own @auth/prisma-adapter, unchanged, with a @prisma/client generated from Auth.js's documented Prisma
// models (prisma.mjs generate), against a database whose Auth.js tables the auth-adapter starter also uses. The phases
// (write, read, delete-user) are those of ../shared/adapter-round-trip.mjs. PrismaAdapterInteropTests
// (auth-adapter-test) drives it; it can also be run by hand:
//
//   PRISMA_VARIANT=v5 DATABASE_URL=postgresql://127.0.0.1:5432/mydb DATABASE_USER=postgres \
//     node prisma-adapter-interop.mjs write
//
// PRISMA_VARIANT is v5, v5-plain, v4, mapped or v5-mapped (see prisma.mjs); DATABASE_URL is postgresql://... or
// mariadb://... without credentials, which come from DATABASE_USER and DATABASE_PASSWORD.

import { PrismaPg } from "@prisma/adapter-pg"
import { PrismaMariaDb } from "@prisma/adapter-mariadb"
import { PrismaAdapter } from "@auth/prisma-adapter"
import { configure, runPhase } from "../shared/adapter-round-trip.mjs"

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

const url = process.env.DATABASE_URL
const variant = process.env.PRISMA_VARIANT
if (!url || !variant) {
  console.error("Usage: PRISMA_VARIANT=v5|v5-plain|v4|mapped|v5-mapped DATABASE_URL=postgresql://...|mariadb://... DATABASE_USER=..."
    + " [INTEROP_INPUT='{...}'] node prisma-adapter-interop.mjs write|read|delete-user")
  process.exit(2)
}

const provider = url.startsWith("mariadb://") ? "mysql" : "postgresql"
const { PrismaClient } = await import(`./generated/${variant}-${provider}/index.js`)
const prisma = new PrismaClient({ adapter: driverAdapter(url) })
// The cuid shape of Prisma's @default(cuid()).
configure({ idPattern: /^c[0-9a-z]{24}$/ })
await runPhase(process.argv[2], PrismaAdapter(prisma), () => prisma.$disconnect())
