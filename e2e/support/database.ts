import pg from "pg";
import { createDatabase } from "@/lib/testing/postgres/start-postgres";
import { E2E } from "./env";

let made = 0;

/**
 * An empty database of its own on the suite's PostgreSQL, for a dashboard whose server-wide state (its
 * upstream budget, a stop after a 429) must not reach the other dashboards of the suite.
 */
export async function freshDatabaseUrl(purpose: string): Promise<string> {
  const name = `${purpose}_${process.pid}_${Date.now().toString(36)}_${made++}`.toLowerCase().replace(/[^a-z0-9_]/g, "_");
  return createDatabase(E2E.postgres.url("postgres"), name);
}

/**
 * The suite's sessions (signed in once by the setup project, on the main dashboard's database) copied
 * into a dashboard's own database, once that dashboard has made its tables, so the saved sessions work
 * there too.
 */
export async function copySessions(toUrl: string, fromUrl = E2E.postgres.url("app")): Promise<void> {
  const [from, to] = [new pg.Client({ connectionString: fromUrl }), new pg.Client({ connectionString: toUrl })];
  await Promise.all([from.connect(), to.connect()]);
  try {
    const { rows } = await from.query("select * from sessions where ended_at is null");
    for (const row of rows as Record<string, unknown>[]) {
      const columns = Object.keys(row);
      await to.query(
        `insert into sessions (${columns.map((c) => `"${c}"`).join(", ")}) values (${columns.map((_, i) => `$${i + 1}`).join(", ")}) on conflict do nothing`,
        Object.values(row),
      );
    }
  } finally {
    await Promise.all([from.end(), to.end()]);
  }
}
