import "server-only";
import { getConfig } from "@/lib/config/env";
import type { DatabaseTarget } from "@/lib/config/store-env";
import { processWide } from "@/lib/process-wide";
import { describeDatabaseError, openEngine, type Database, type Engine } from "./engine";
import { migrateDatabase } from "./migrate";

// The database of this server process: opened and migrated once (instrumentation.ts asks first, so a
// bad DATABASE_URL stops start-up), then shared by every bundle through processWide — two PGlites on
// one directory in one process would each see only their own writes.

const VARIABLE: Record<DatabaseTarget["kind"], string> = { postgres: "DATABASE_URL", pglite: "DATA_DIR" };

/** The store could not be reached or failed: what needs it answers 503, and says so. */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
  readonly isDatabaseUnavailable = true;
}

/** By brand rather than instanceof: Next bundles each route with its own copy of this class. */
export function isDatabaseUnavailable(error: unknown): error is DatabaseUnavailableError {
  return error instanceof Error && (error as { isDatabaseUnavailable?: unknown }).isDatabaseUnavailable === true;
}

const opener = { open: () => openMigrated(getConfig().store.database) };

/** The open and migrated engine, or a start-up failure that names the variable to fix. */
export function openDatabase(): Promise<Engine> {
  return processWide("database", () => opener.open());
}

/** Where this process's database comes from instead of the configuration: the unit tests' own. */
export function openDatabaseWith(open: () => Promise<Engine>): void {
  opener.open = open;
}

export class DatabaseStartError extends Error {
  override name = "DatabaseStartError";
}

export async function openMigrated(target: DatabaseTarget, migrationsFolder?: string): Promise<Engine> {
  let engine: Engine;
  try {
    engine = await openEngine(target);
  } catch (error) {
    throw new DatabaseStartError(`${VARIABLE[target.kind]}: cannot open the database (${describeDatabaseError(error)}).`);
  }
  try {
    await migrateDatabase(engine, migrationsFolder);
  } catch (error) {
    await engine.close().catch(() => undefined);
    throw new DatabaseStartError(`${VARIABLE[target.kind]}: the database's migrations failed (${describeDatabaseError(error)}); nothing was changed by the failed step.`);
  }
  return engine;
}

/**
 * Runs `work` on the database; any failure of the store itself becomes a DatabaseUnavailableError,
 * logged once here with what failed (never the URL). Errors `work` throws on purpose (a refusal decided
 * inside a transaction) are named by `passes` and rethrown as they are.
 */
export async function withDatabase<T>(what: string, work: (db: Database) => Promise<T>, passes?: (error: unknown) => boolean): Promise<T> {
  const health = processWide("database-health", () => ({ downUntil: 0, loggedAt: 0 }));
  // After a failure, calls fail at once for a moment instead of each waiting on a dead connection.
  if (Date.now() < health.downUntil) throw new DatabaseUnavailableError(unavailableMessage(what));
  let db: Database;
  try {
    db = (await openDatabase()).db;
  } catch (error) {
    throw unavailable(what, error);
  }
  try {
    return await work(db);
  } catch (error) {
    if (passes?.(error)) throw error;
    throw unavailable(what, error);
  }
}

/** How long calls fail at once after a failure, and how often a failing database is logged. */
const RETRY_AFTER_FAILURE_MS = 2_000;
const LOG_EVERY_MS = 30_000;

function unavailable(what: string, error: unknown): DatabaseUnavailableError {
  if (isDatabaseUnavailable(error)) return error;
  const health = processWide("database-health", () => ({ downUntil: 0, loggedAt: 0 }));
  const now = Date.now();
  // A statement the database refused (bad data, a bug) says nothing of its health: only a failure to
  // reach it makes the next calls fail at once.
  if (!refusedStatement(error)) health.downUntil = now + RETRY_AFTER_FAILURE_MS;
  if (now - health.loggedAt > LOG_EVERY_MS) {
    health.loggedAt = now;
    console.error(`database: could not ${what} (${describeDatabaseError(error)})`);
  }
  return new DatabaseUnavailableError(unavailableMessage(what));
}

/** An error PostgreSQL raised for a statement (SQLSTATE), other than connection loss and shutdown. */
function refusedStatement(error: unknown): boolean {
  const driverError = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = driverError instanceof Error && "code" in driverError ? String(driverError.code) : "";
  return /^[0-9A-Z]{5}$/.test(code) && !/^(08|57P|53)/.test(code);
}

function unavailableMessage(what: string): string {
  return `The dashboard's database is unavailable, so it could not ${what}. Try again shortly; if it lasts, tell your administrator.`;
}
