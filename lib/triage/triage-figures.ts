import "server-only";
import { and, count, eq, gte, lt, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/engine";
import { triageChanges, triageItems } from "@/lib/db/schema";

// The team's triage of the messages received in a period, for the manager's overview: how many are
// open, claimed and resolved, the verdicts, and how long resolving took (from the message's arrival to
// its last change to resolved). From the database alone.

export type TriageFigures = {
  byStatus: Record<string, number>;
  verdicts: Record<string, number>;
  /** The median time from a message's arrival to its resolution, of those resolved; null when none is. */
  medianResolutionMs: number | null;
};

export async function triageFigures(db: Database, from: Date, to: Date): Promise<TriageFigures> {
  const received = and(gte(triageItems.receivedAt, from), lt(triageItems.receivedAt, to));
  const [statuses, verdicts, median] = await Promise.all([
    db.select({ status: triageItems.status, n: count() }).from(triageItems).where(received).groupBy(triageItems.status),
    db
      .select({ verdict: triageItems.verdict, n: count() })
      .from(triageItems)
      .where(and(received, eq(triageItems.status, "resolved")))
      .groupBy(triageItems.verdict),
    db
      .select({
        ms: sql<number | null>`percentile_cont(0.5) within group (order by extract(epoch from (${sql`resolved.at`} - ${triageItems.receivedAt})) * 1000)`,
      })
      .from(triageItems)
      .innerJoin(
        sql`lateral (select max(${triageChanges.at}) as at from ${triageChanges} where ${triageChanges.messageId} = ${triageItems.messageId} and ${triageChanges.field} = 'status' and ${triageChanges.after} = 'resolved') as resolved`,
        sql`true`,
      )
      .where(and(received, eq(triageItems.status, "resolved"))),
  ]);
  const ms = median[0]?.ms;
  return {
    byStatus: Object.fromEntries(statuses.map((row) => [row.status, Number(row.n)])),
    verdicts: Object.fromEntries(verdicts.map((row) => [row.verdict ?? "none", Number(row.n)])),
    medianResolutionMs: ms === null || ms === undefined ? null : Math.round(Number(ms)),
  };
}
