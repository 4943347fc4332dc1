// Prisma's CLI on its JavaScript engine and driver adapters, which need no engine binaries from binaries.prisma.sh.
// prisma.mjs sets PRISMA_SCHEMA and PRISMA_PROVIDER for each of the schemas it builds; DATABASE_URL may leave the
// credentials to DATABASE_USER and DATABASE_PASSWORD.
import { defineConfig } from "prisma/config"
import { PrismaPg } from "@prisma/adapter-pg"
import { PrismaMariaDb } from "@prisma/adapter-mariadb"

function withCredentials(url: string): string {
  const parsed = new URL(url)
  if (process.env.DATABASE_USER) {
    parsed.username = encodeURIComponent(process.env.DATABASE_USER)
    parsed.password = encodeURIComponent(process.env.DATABASE_PASSWORD ?? "")
  }
  return parsed.toString()
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: process.env.PRISMA_SCHEMA,
  async adapter() {
    const url = withCredentials(process.env.DATABASE_URL ?? "")
    return process.env.PRISMA_PROVIDER === "mysql" ? new PrismaMariaDb(url) : new PrismaPg({ connectionString: url })
  },
})
