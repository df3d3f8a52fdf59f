import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { createDatabase } from "@/lib/testing/postgres/start-postgres";
import { DatabaseStartError, openMigrated } from "./database";
import { openEngine, type Database } from "./engine";
import { MIGRATIONS_FOLDER, migrateDatabase } from "./migrate";

async function tables(db: Database): Promise<string[]> {
  const result = (await db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`)) as { rows: { table_name: string }[] };
  return result.rows.map((row) => row.table_name);
}

const EXPECTED = [
  "audit_events",
  "budget_block",
  "budget_calls",
  "budget_replicas",
  "budget_users",
  "overview_claims",
  "overview_days",
  "remediation_requests",
  "saved_views",
  "sessions",
  "sign_in_failures",
  "triage_changes",
  "triage_items",
  "triage_notes",
  "upstream_answers",
];

/** The real migrations followed by one that fails halfway: a table made, then a statement that cannot run. */
function foldersWithABrokenStep(): string {
  const folder = mkdtempSync(join(tmpdir(), "migrations-"));
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { idx: number; when: number; tag: string; breakpoints: boolean; version: string }[] };
  const last = journal.entries.at(-1);
  if (!last) throw new Error("no migrations");
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: "9999_broken" });
  writeFileSync(journalPath, JSON.stringify(journal));
  writeFileSync(join(folder, "9999_broken.sql"), 'CREATE TABLE "half_done" ("id" integer);\n--> statement-breakpoint\nSELECT no_such_function();');
  return folder;
}

describe("migrations", () => {
  it("apply on the embedded engine, and a second run changes nothing", async () => {
    const engine = await openEngine({ kind: "pglite", dir: null });
    await migrateDatabase(engine);
    await migrateDatabase(engine);
    expect(await tables(engine.db)).toEqual(EXPECTED);
    await engine.close();
  });

  it("two replicas migrating one server at once both start, and the schema is made once", async () => {
    const url = await createDatabase(inject("postgresUrl"), `migrate_race_${Date.now().toString(36)}`);
    const [a, b] = await Promise.all([openEngine({ kind: "postgres", url }), openEngine({ kind: "postgres", url })]);
    await Promise.all([migrateDatabase(a), migrateDatabase(b)]);
    expect(await tables(a.db)).toEqual(EXPECTED);
    const applied = (await a.db.execute(sql`select count(*) as n from drizzle.__drizzle_migrations`)) as { rows: { n: string }[] };
    const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: unknown[] };
    expect(Number(applied.rows[0]?.n)).toBe(journal.entries.length);
    await Promise.all([a.close(), b.close()]);
  });

  it("a failed migration stops start-up naming the variable, and leaves nothing of itself behind", async () => {
    const url = await createDatabase(inject("postgresUrl"), `migrate_broken_${Date.now().toString(36)}`);
    const failure = await openMigrated({ kind: "postgres", url }, foldersWithABrokenStep()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatabaseStartError);
    expect((failure as Error).message).toMatch(/^DATABASE_URL: the database's migrations failed/);
    const engine = await openEngine({ kind: "postgres", url });
    expect(await tables(engine.db)).not.toContain("half_done");
    await engine.close();
  });

  it("an unreachable server stops start-up naming DATABASE_URL, without the password", async () => {
    const failure = await openMigrated({ kind: "postgres", url: "postgres://admin:hunter2@127.0.0.1:1/dashboard" }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatabaseStartError);
    expect((failure as Error).message).toMatch(/^DATABASE_URL: cannot open the database \(.*ECONNREFUSED/);
    expect((failure as Error).message).not.toContain("hunter2");
  });
});
