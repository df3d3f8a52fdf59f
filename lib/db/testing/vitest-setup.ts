import { rmSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startPostgres } from "@/lib/testing/postgres/start-postgres";
import { openEngine } from "../engine";
import { migrateDatabase } from "../migrate";

// vitest's globalSetup: one PostgreSQL server for the whole unit run, on which each test file makes a
// database of its own, and one migrated PGlite, dumped, which each file loads (engines.ts).

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
    /** A migrated PGlite's data directory as a tarball: loading it takes a second, a fresh initdb several. */
    pgliteDump: string;
  }
}

export default async function setup(project: TestProject) {
  const base = Number(process.env.E2E_PORT_BASE ?? 4000);
  const [server, dump] = await Promise.all([startPostgres({ port: base + 30, install: true }), migratedPgliteDump()]);
  project.provide("postgresUrl", server.url);
  project.provide("pgliteDump", dump.path);
  return async () => {
    await server.stop();
    rmSync(dump.dir, { recursive: true, force: true });
  };
}

async function migratedPgliteDump(): Promise<{ dir: string; path: string }> {
  const engine = await openEngine({ kind: "pglite", dir: null });
  await migrateDatabase(engine);
  if (!engine.dumpDataDir) throw new Error("PGlite dumps its data directory");
  const tarball = await engine.dumpDataDir();
  await engine.close();
  const dir = mkdtempSync(join(tmpdir(), "dashboard-pglite-"));
  const path = join(dir, "migrated.tar");
  writeFileSync(path, Buffer.from(await tarball.arrayBuffer()));
  return { dir, path };
}
