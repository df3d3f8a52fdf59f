import { existsSync, readFileSync } from "node:fs";
import { loadConfig } from "@/lib/config/env";
import { openEngine } from "../engine";
import { migrateDatabase } from "../migrate";

// `npm run db:restore -- FILE.tar`: makes the embedded database (DATA_DIR) from a backup written by
// db:backup, then brings it up to this version's migrations. It refuses to write over one that exists.

const file = process.argv[2];
const config = loadConfig();
if (!file || config.store.database.kind !== "pglite") {
  console.error(file ? "DATABASE_URL is set: restore a PostgreSQL server with pg_restore (see the README)." : "usage: npm run db:restore -- FILE.tar");
  process.exit(2);
}
const { dir } = config.store.database;
if (existsSync(dir)) {
  console.error(`DATA_DIR: ${dir} exists; move it aside first (the restore never writes over a database).`);
  process.exit(1);
}
const engine = await openEngine({ kind: "pglite", dir, from: new Blob([readFileSync(file)]) });
await migrateDatabase(engine);
await engine.close();
console.log(`Restored ${dir} from ${file}.`);
