// The TypeORM side of auth-adapter's typeorm preset, on PostgreSQL (pg) or MariaDB (mysql2). DATABASE_URL is
// postgresql://... or mariadb://... without credentials; they come from DATABASE_USER and DATABASE_PASSWORD.
//
//   node typeorm.mjs synchronize     creates the tables from @auth/typeorm-adapter's own entities with TypeORM's
//                                    synchronize, as an app with synchronize: true does
//   node typeorm.mjs write|read|delete-user
//                                    the round trip of ../shared/adapter-round-trip.mjs with Auth.js's own
//                                    @auth/typeorm-adapter; TypeOrmAdapterInteropTests (auth-adapter-test) drives it

import { DataSource } from "typeorm"
import { TypeORMAdapter, entities, getManager } from "@auth/typeorm-adapter"
import { configure, runPhase } from "../shared/adapter-round-trip.mjs"

const url = process.env.DATABASE_URL
if (!url) {
  console.error("Usage: DATABASE_URL=postgresql://...|mariadb://... DATABASE_USER=... node typeorm.mjs"
    + " synchronize|write|read|delete-user")
  process.exit(2)
}
const { hostname, port, pathname } = new URL(url)
const mariadb = url.startsWith("mariadb://")
// On MariaDB the connection keeps UTC, as the starter's statements do.
const options = { type: mariadb ? "mysql" : "postgres", host: hostname, port: Number(port || (mariadb ? 3306 : 5432)),
  database: pathname.slice(1), username: process.env.DATABASE_USER,
  password: process.env.DATABASE_PASSWORD || undefined, ...(mariadb ? { timezone: "Z" } : {}) }

if (process.argv[2] === "synchronize") {
  const dataSource = new DataSource({ ...options, entities: Object.values(entities), synchronize: true })
  await dataSource.initialize()
  await dataSource.destroy()
  process.stdout.write(JSON.stringify({ synchronized: Object.keys(entities) }) + "\n")
} else {
  // Outside production the adapter synchronizes the schema itself on every connection; the round trip must see the
  // tables as they are.
  process.env.NODE_ENV = "production"
  // The ids of the uuid_generate_v4() default, and of TypeORM's client on MySQL.
  configure({ idPattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/ })
  const adapter = TypeORMAdapter(options)
  await runPhase(process.argv[2], adapter, async () => {
    const manager = await getManager({ dataSource: options, entities })
    await manager.connection.destroy()
  })
}
