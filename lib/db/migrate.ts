import "server-only";
import { resolve } from "node:path";
import type { Engine } from "./engine";

// Migrations are the SQL files drizzle-kit wrote from lib/db/schema.ts, applied in order, each once, in
// a transaction (Drizzle's migrator): a failed one leaves the schema as it was. Replicas starting
// together queue on one lock, so the second finds the work done.

/** Drizzle reads the folder at run time, from the working directory (the project's, under `next start`). */
export const MIGRATIONS_FOLDER = resolve(process.cwd(), "lib/db/migrations");

export async function migrateDatabase(engine: Engine, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
  await engine.exclusively(async (db) => {
    if (engine.kind === "pglite") {
      const { migrate } = await import("drizzle-orm/pglite/migrator");
      await migrate(db as never, { migrationsFolder });
    } else {
      const { migrate } = await import("drizzle-orm/node-postgres/migrator");
      await migrate(db as never, { migrationsFolder });
    }
  });
}
