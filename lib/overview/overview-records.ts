import "server-only";
import { and, eq, inArray, lt, or, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/engine";
import { overviewClaims, overviewDays } from "@/lib/db/schema";
import type { DayTally } from "./overview-values";

// The overview's tables (lib/db/schema.ts): each day's tally as counted, and which replica counts now.

export type CountedDay = { tally: DayTally; countedAt: Date };

/**
 * The days' tallies as counted; without the messages they keep (a few hundred a figure a day, read
 * only by the list of one figure) unless `withListed`.
 */
export async function readDays(db: Database, scope: string, days: readonly string[], { withListed = false } = {}): Promise<Map<string, CountedDay>> {
  if (days.length === 0) return new Map();
  const tally = withListed ? overviewDays.tally : sql<DayTally>`${overviewDays.tally} - 'listed'`;
  const rows = await db
    .select({ day: overviewDays.day, tally, countedAt: overviewDays.countedAt })
    .from(overviewDays)
    .where(and(eq(overviewDays.scope, scope), inArray(overviewDays.day, [...days])));
  return new Map(rows.map((row) => [row.day, { tally: row.tally, countedAt: row.countedAt }]));
}

export async function saveDays(db: Database, scope: string, days: ReadonlyMap<string, DayTally>, now: Date): Promise<void> {
  if (days.size === 0) return;
  await db
    .insert(overviewDays)
    .values([...days].map(([day, tally]) => ({ scope, day, tally, countedAt: now })))
    .onConflictDoUpdate({ target: [overviewDays.scope, overviewDays.day], set: { tally: sql`excluded.tally`, countedAt: sql`excluded.counted_at` } });
}

/** Takes the counting of `scope` for `replica` until `until`, unless another replica holds it; true when taken. */
export async function claimCounting(db: Database, scope: string, replica: string, now: number, until: number): Promise<boolean> {
  const taken = await db
    .insert(overviewClaims)
    .values({ scope, replica, until })
    .onConflictDoUpdate({ target: overviewClaims.scope, set: { replica, until }, setWhere: or(lt(overviewClaims.until, now), eq(overviewClaims.replica, replica)) })
    .returning({ replica: overviewClaims.replica });
  return taken.length > 0;
}

export async function releaseCounting(db: Database, scope: string, replica: string): Promise<void> {
  await db.delete(overviewClaims).where(and(eq(overviewClaims.scope, scope), eq(overviewClaims.replica, replica)));
}
