// Prisma's CLI on its JavaScript engine and driver adapters, which need no engine binaries from binaries.prisma.sh.
// prisma.mjs sets PRISMA_SCHEMA and PRISMA_PROVIDER for each of the schemas it builds.
import { defineConfig } from "prisma/config"
import { PrismaPg } from "@prisma/adapter-pg"
import { PrismaMariaDb } from "@prisma/adapter-mariadb"

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: process.env.PRISMA_SCHEMA,
  async adapter() {
    const url = process.env.DATABASE_URL ?? ""
    return process.env.PRISMA_PROVIDER === "mysql" ? new PrismaMariaDb(url) : new PrismaPg({ connectionString: url })
  },
})
