import "server-only";
import { and, desc, eq, gte, ilike, lt, lte, type SQL } from "drizzle-orm";
import type { Database } from "@/lib/db/engine";
import { auditEvents } from "@/lib/db/schema";
import type { AuditEvent } from "./audit-line";

// The audit trail's table: events written in batches (audit-log.ts), read back filtered, newest
// first, a page at a time, and deleted past their retention.

export type AuditRow = typeof auditEvents.$inferSelect;
export type NewAuditRow = typeof auditEvents.$inferInsert;

export type AuditFilter = {
  /** Part of the actor's id, e.g. a user name. */
  who?: string;
  event?: AuditEvent["event"];
  outcome?: AuditEvent["outcome"];
  from?: Date;
  to?: Date;
  /** Rows older than this id: the next page. */
  before?: number;
};

// PostgreSQL's text and jsonb cannot hold U+0000, which a request can carry (an id of "%00"): it is
// stored as U+FFFD. The escape is matched only where its backslash is not itself escaped.
const NUL_ESCAPE = /(?<!\\)((?:\\\\)*)\\u0000/g;

/** The row an event becomes: its own columns, and the rest (already cleaned by auditLine's rules) as detail. */
export function toAuditRow(line: string): NewAuditRow {
  const { time, event, outcome, who, what, status, ...detail } = JSON.parse(line.replace(NUL_ESCAPE, "$1\\ufffd")) as Record<string, unknown>;
  const actor = who as { id?: unknown; role?: unknown } | null;
  return {
    at: new Date(String(time)),
    event: String(event),
    outcome: String(outcome),
    whoId: typeof actor?.id === "string" ? actor.id : null,
    whoRole: typeof actor?.role === "string" ? actor.role : null,
    what: typeof what === "string" ? what : null,
    status: typeof status === "number" && Number.isInteger(status) ? status : null,
    detail,
  };
}

export async function insertAuditRows(db: Database, rows: NewAuditRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(auditEvents).values(rows);
}

export async function findAuditRows(db: Database, filter: AuditFilter, limit: number): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditEvents)
    .where(and(...conditions(filter)))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
}

export async function pruneAuditRows(db: Database, before: Date): Promise<number> {
  const gone = await db.delete(auditEvents).where(lt(auditEvents.at, before)).returning({ id: auditEvents.id });
  return gone.length;
}

function conditions(filter: AuditFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.who) where.push(ilike(auditEvents.whoId, `%${escapeLike(filter.who)}%`));
  if (filter.event) where.push(eq(auditEvents.event, filter.event));
  if (filter.outcome) where.push(eq(auditEvents.outcome, filter.outcome));
  if (filter.from) where.push(gte(auditEvents.at, filter.from));
  if (filter.to) where.push(lte(auditEvents.at, filter.to));
  if (filter.before !== undefined) where.push(lt(auditEvents.id, filter.before));
  return where;
}

/** A user's `%` or `_` is a character to find, not a wildcard. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
