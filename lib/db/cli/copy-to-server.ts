import { loadConfig } from "@/lib/config/env";
import { copyDatabase } from "../copy";
import { openMigrated } from "../database";

// `npm run db:copy-to-server`: moves a team from the embedded database (DATA_DIR) to a PostgreSQL
// server (DATABASE_URL): migrates the server, then copies every table into it in one transaction.
// Stop the dashboard first: one process owns the embedded directory.

const config = loadConfig();
if (config.store.database.kind !== "postgres") {
  console.error("DATABASE_URL: set it to the server to copy to (the embedded database under DATA_DIR is read).");
  process.exit(2);
}
const from = await openMigrated({ kind: "pglite", dir: `${config.store.dataDir}/pglite` });
const to = await openMigrated(config.store.database);
try {
  for (const [table, rows] of Object.entries(await copyDatabase(from, to))) console.log(`${table}: ${rows} rows`);
  console.log("Copied. Start the dashboard with DATABASE_URL set; keep DATA_DIR as a backup until you are sure.");
} catch (error) {
  console.error(`DATABASE_URL: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await Promise.all([from.close(), to.close()]);
}
