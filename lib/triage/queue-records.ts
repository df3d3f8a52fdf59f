import "server-only";
import { and, desc, eq, gte, inArray, isNull, lt, ne, or, type SQL } from "drizzle-orm";
import type { Database } from "@/lib/db/engine";
import { triageItems } from "@/lib/db/schema";
import type { QueueQuery } from "./queue-query";

// The queue's one query: the triage records that match, most recently changed first, a page at a time
// (keyset on change time and id). It reads the database alone: what it lists of each message was kept
// at the message's first change.

export type QueueRow = typeof triageItems.$inferSelect;

export type QueueFilter = Omit<QueueQuery, "before"> & { viewerId: string; before?: { at: Date; id: string }; now: Date };

export async function findQueueRows(db: Database, filter: QueueFilter, limit: number): Promise<QueueRow[]> {
  return db
    .select()
    .from(triageItems)
    .where(and(...conditions(filter)))
    .orderBy(desc(triageItems.changedAt), desc(triageItems.messageId))
    .limit(limit);
}

function conditions(filter: QueueFilter): (SQL | undefined)[] {
  const startOfDay = new Date(Date.UTC(filter.now.getUTCFullYear(), filter.now.getUTCMonth(), filter.now.getUTCDate()));
  const view: Record<NonNullable<QueueQuery["view"]>, (SQL | undefined)[]> = {
    mine: [eq(triageItems.assigneeId, filter.viewerId), ne(triageItems.status, "resolved")],
    unassigned: [isNull(triageItems.assigneeId), ne(triageItems.status, "resolved")],
    in_review: [eq(triageItems.status, "in_review")],
    resolved_today: [eq(triageItems.status, "resolved"), gte(triageItems.changedAt, startOfDay)],
    all: [],
  };
  const before = filter.before
    ? or(lt(triageItems.changedAt, filter.before.at), and(eq(triageItems.changedAt, filter.before.at), lt(triageItems.messageId, filter.before.id)))
    : undefined;
  return [
    ...view[filter.view ?? "mine"],
    filter.status ? eq(triageItems.status, filter.status) : undefined,
    filter.verdict ? eq(triageItems.verdict, filter.verdict) : undefined,
    filter.assignee ? eq(triageItems.assigneeId, filter.assignee) : undefined,
    filter.disposition ? eq(triageItems.disposition, filter.disposition) : undefined,
    filter.ids ? inArray(triageItems.messageId, filter.ids) : undefined,
    before,
  ];
}
