import { writeFileSync } from "node:fs";
import { loadConfig } from "@/lib/config/env";
import { openMigrated } from "../database";

// `npm run db:backup -- FILE.tar`: the embedded database (DATA_DIR) as one tarball, which PGlite can
// load again (restore: stop the dashboard, move DATA_DIR/pglite aside, `npm run db:restore -- FILE.tar`).
// Stop the dashboard first: one process owns the directory. A PostgreSQL server is backed up with its
// own tools (pg_dump), see the README.

const file = process.argv[2];
const config = loadConfig();
if (!file) {
  console.error("usage: npm run db:backup -- FILE.tar");
  process.exit(2);
}
if (config.store.database.kind === "postgres") {
  console.error("DATABASE_URL is set: back a PostgreSQL server up with pg_dump (see the README).");
  process.exit(2);
}
const engine = await openMigrated(config.store.database);
const tarball = await engine.dumpDataDir?.();
await engine.close();
if (!tarball) process.exit(1);
writeFileSync(file, Buffer.from(await tarball.arrayBuffer()), { mode: 0o600 });
console.log(`Wrote ${file} (${tarball.size} bytes) from ${config.store.database.dir}.`);
