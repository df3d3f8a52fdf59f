import { getTableName, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, inject } from "vitest";
import { readFileSync } from "node:fs";
import { createDatabase } from "@/lib/testing/postgres/start-postgres";
import { openEngine, type Database, type Engine } from "../engine";
import { migrateDatabase } from "../migrate";
import * as schema from "../schema";

// The store's tests run twice, once on each engine: PGlite in memory and the PostgreSQL server that
// vitest's globalSetup started (vitest-setup.ts). Each file gets fresh, migrated tables on both,
// emptied before every test.

export type EngineKind = Engine["kind"];

const TABLES = Object.values(schema).map((table) => `"${getTableName(table)}"`);

export function onEachEngine(title: string, suite: (db: () => Database, kind: EngineKind) => void): void {
  for (const kind of ["pglite", "postgres"] as const) {
    describe(`${title} (${kind})`, () => {
      let engine: Engine | undefined;
      beforeAll(async () => {
        engine = await openTestEngine(kind);
        await migrateDatabase(engine);
      }, 60_000);
      beforeEach(async () => {
        await engine?.db.execute(sql.raw(`truncate ${TABLES.join(", ")} restart identity`));
      });
      afterAll(async () => engine?.close());
      suite(() => {
        if (!engine) throw new Error("the engine did not open");
        return engine.db;
      }, kind);
    });
  }
}

let databases = 0;

/** A fresh engine of the kind: an in-memory PGlite, or a new database on the test server. */
export async function openTestEngine(kind: EngineKind): Promise<Engine> {
  if (kind === "pglite") return openEngine({ kind: "pglite", dir: null, from: new Blob([readFileSync(inject("pgliteDump"))]) });
  return openEngine({ kind: "postgres", url: await freshServerDatabase() });
}

/** Two replicas of one fresh, migrated server database: two engines, each with its own connections. */
export async function openTestReplicas(): Promise<[Engine, Engine]> {
  const url = await freshServerDatabase();
  const [one, two] = await Promise.all([openEngine({ kind: "postgres", url }), openEngine({ kind: "postgres", url })]);
  await migrateDatabase(one);
  return [one, two];
}

function freshServerDatabase(): Promise<string> {
  return createDatabase(inject("postgresUrl"), `t_${process.pid}_${Date.now().toString(36)}_${databases++}`);
}
