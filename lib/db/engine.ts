import "server-only";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { DatabaseTarget } from "@/lib/config/store-env";
import * as schema from "./schema";

// The two engines behind one Drizzle database: PGlite in this process (a laptop installs nothing) or a
// PostgreSQL server (replicas share it). Both are PostgreSQL, so one schema, one set of migrations and
// the same SQL serve both.

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Engine = {
  db: Database;
  kind: DatabaseTarget["kind"];
  /** Takes the lock two replicas starting at once queue on to migrate, runs `work`, and releases it. */
  exclusively<T>(work: (db: Database) => Promise<T>): Promise<T>;
  /**
   * Hears `channel`'s notifications (NOTIFY, sent when a transaction commits) until `stop()`, or until
   * the connection that hears them is lost: `lost` settles then, and what was sent meanwhile is unheard.
   */
  listen(channel: string, onNotice: (payload: string) => void): Promise<Subscription>;
  /** The embedded engine's whole data directory as a tarball (a backup); absent on a server. */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
};

export type Subscription = { lost: Promise<void>; stop(): Promise<void> };

/** A PGlite in a directory or in memory (tests), made from a dump (a backup) when `from` is given. */
export type EmbeddedTarget = { kind: "pglite"; dir: string | null; from?: Blob };

export async function openEngine(target: DatabaseTarget | EmbeddedTarget): Promise<Engine> {
  return target.kind === "postgres" ? openServer(target.url) : openEmbedded(target);
}

async function openEmbedded(target: { dir: string | null; from?: Blob }): Promise<Engine> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  if (target.dir) mkdirSync(dirname(target.dir), { recursive: true });
  const client = await PGlite.create({ dataDir: target.dir ?? undefined, loadDataDir: target.from });
  const db = drizzle({ client, schema }) as unknown as Database;
  return {
    db,
    kind: "pglite",
    // One PGlite serves one process (the data directory is its own): nothing else can race a migration.
    exclusively: (work) => work(db),
    async listen(channel, onNotice) {
      const unlisten = await client.listen(channel, onNotice);
      // In this process: nothing can come between the database and its listener.
      return { lost: new Promise<void>(() => undefined), stop: () => unlisten() };
    },
    dumpDataDir: () => client.dumpDataDir("none"),
    close: () => client.close(),
  };
}

/** A server's lock key for migrations, the same in every replica. */
const MIGRATION_LOCK = 7_460_224_151;

async function openServer(url: string): Promise<Engine> {
  const { Client, Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const pool = new Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
  // An idle connection the server drops emits "error" on the pool; unheard, it would end the process.
  pool.on("error", (error) => console.error(`database: an idle connection failed (${describeDatabaseError(error)})`));
  const probe = await pool.connect();
  probe.release();
  const db = drizzle({ client: pool, schema }) as unknown as Database;
  const listeners = new Set<InstanceType<typeof Client>>();
  return {
    db,
    kind: "postgres",
    async exclusively(work) {
      const connection = await pool.connect();
      try {
        await connection.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
        try {
          return await work(drizzle({ client: connection, schema }) as unknown as Database);
        } finally {
          await connection.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]);
        }
      } finally {
        connection.release();
      }
    },
    async listen(channel, onNotice) {
      // Its own connection, not the pool's: a pooled one would be lent to other queries and returned.
      const listener = new Client({ connectionString: url, connectionTimeoutMillis: 5_000, keepAlive: true });
      const lost = new Promise<void>((settle) => {
        listener.on("error", () => settle());
        listener.on("end", () => settle());
      });
      listener.on("notification", (notice) => {
        if (notice.channel === channel) onNotice(notice.payload ?? "");
      });
      listeners.add(listener);
      void lost.then(() => listeners.delete(listener));
      try {
        await listener.connect();
        await listener.query(`listen "${channel.replaceAll('"', '""')}"`);
      } catch (error) {
        await listener.end().catch(() => undefined);
        throw error;
      }
      return { lost, stop: () => listener.end() };
    },
    close: async () => {
      await Promise.all([...listeners].map((listener) => listener.end().catch(() => undefined)));
      await pool.end();
    },
  };
}

/** A driver's error in a few words for a log or a start-up message; never the URL (it may hold a password). */
export function describeDatabaseError(error: unknown): string {
  // Drizzle's own error quotes the statement and its parameters (user data): say what the driver said.
  if (error instanceof Error && error.cause instanceof Error) return describeDatabaseError(error.cause);
  if (!(error instanceof Error)) return "unknown error";
  const code = "code" in error && typeof error.code === "string" ? ` (${error.code})` : "";
  return `${error.message.replace(/postgres(ql)?:\/\/\S+/gi, "postgres://…")}${code}`.slice(0, 300);
}
