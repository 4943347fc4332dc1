// The Sequelize side of auth-adapter's sequelize preset, on PostgreSQL (pg) or MariaDB (mysql2). DATABASE_URL is
// postgresql://... or mariadb://... without credentials; they come from DATABASE_USER and DATABASE_PASSWORD.
//
//   node sequelize.mjs synchronize   creates the tables of @auth/sequelize-adapter's own models with Sequelize's
//                                    sync, as the adapter does outside production (in dependency order: the
//                                    adapter's own sync creates them all at once, and on an empty database
//                                    "accounts" may come before the "users" it refers to)
//   node sequelize.mjs write|read|delete-user
//                                    the round trip of ../shared/adapter-round-trip.mjs with Auth.js's own
//                                    @auth/sequelize-adapter; SequelizeAdapterInteropTests (auth-adapter-test) drives it

import { Sequelize } from "sequelize"
import SequelizeAdapter from "@auth/sequelize-adapter"
import { configure, runPhase } from "../shared/adapter-round-trip.mjs"

const url = process.env.DATABASE_URL
if (!url) {
  console.error("Usage: DATABASE_URL=postgresql://...|mariadb://... DATABASE_USER=... node sequelize.mjs"
    + " synchronize|write|read|delete-user")
  process.exit(2)
}
const { hostname, port, pathname } = new URL(url)
const mariadb = url.startsWith("mariadb://")
// On MariaDB through mysql2, Sequelize's mysql dialect; the connection keeps UTC, as the starter's statements do.
const sequelize = new Sequelize(pathname.slice(1), process.env.DATABASE_USER, process.env.DATABASE_PASSWORD || "",
  { dialect: mariadb ? "mysql" : "postgres", host: hostname, port: Number(port || (mariadb ? 3306 : 5432)),
    logging: false, ...(mariadb ? { timezone: "+00:00" } : {}) })

if (process.argv[2] === "synchronize") {
  try {
    // The adapter defines its models on the client.
    SequelizeAdapter(sequelize)
    await sequelize.sync()
    process.stdout.write(JSON.stringify({ synchronized: Object.keys(sequelize.models) }) + "\n")
  } finally {
    await sequelize.close()
  }
} else {
  // The round trip must see the tables as they are, not as a sync would change them.
  process.env.NODE_ENV = "production"
  // The ids of Sequelize's UUIDV4.
  // On MySQL Sequelize's DATE is a DATETIME of whole seconds.
  const precision = mariadb ? 1000 : 1
  configure({ idPattern: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    timestampPrecision: precision, userTimestampPrecision: precision })
  await runPhase(process.argv[2], SequelizeAdapter(sequelize), () => sequelize.close())
}
