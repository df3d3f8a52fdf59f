import { loadConfig } from "@/lib/config/env";
import { openMigrated } from "../database";

// `npm run db:migrate`: applies the migrations to DATABASE_URL, or to the embedded database under
// DATA_DIR, and exits. The dashboard does the same at start-up; this is for a deploy that migrates
// before it starts new replicas. With the embedded engine, stop the dashboard first: one process owns
// its directory.

const target = loadConfig().store.database;
try {
  const engine = await openMigrated(target);
  await engine.close();
  console.log(target.kind === "postgres" ? "Migrated the database at DATABASE_URL." : `Migrated the embedded database in ${target.dir}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
