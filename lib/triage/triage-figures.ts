import "server-only";
import { and, count, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/lib/db/engine";
import { triageChanges, triageItems } from "@/lib/db/schema";

// The team's triage of the messages received in a period, for the manager's overview: how many are
// open, claimed and resolved, the verdicts, and how long resolving took (from the message's arrival to
// its last change to resolved), of everyone's mail or of a recipient's or a sender's. From the database alone.

export type TriageFigures = {
  byStatus: Record<string, number>;
  verdicts: Record<string, number>;
  /** The median time from a message's arrival to its resolution, of those resolved; null when none is. */
  medianResolutionMs: number | null;
};

/** Whose messages: those to a recipient, from a sender; each an address or a domain (and its subdomains), as Cloudflare's search takes them. */
export type TriageFiguresFilters = { recipient?: string; sender?: string };

/** An address that is `value`, or whose domain is `value` or one of its subdomains (case aside). */
function addressMatches(address: SQL, value: string): SQL {
  const wanted = value.toLowerCase();
  const domain = sql`regexp_replace(lower(${address}), '^.*@', '')`;
  return sql`(lower(${address}) = ${wanted} or ${domain} = ${wanted} or right(${domain}, ${wanted.length + 1}) = ${`.${wanted}`})`;
}

function whose(filters: TriageFiguresFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.sender) conditions.push(addressMatches(sql`${triageItems.sender}`, filters.sender));
  if (filters.recipient) conditions.push(sql`exists (select 1 from jsonb_array_elements_text(${triageItems.recipients}) as recipient(address) where ${addressMatches(sql`recipient.address`, filters.recipient)})`);
  return conditions;
}

export async function triageFigures(db: Database, from: Date, to: Date, filters: TriageFiguresFilters = {}): Promise<TriageFigures> {
  const received = and(gte(triageItems.receivedAt, from), lt(triageItems.receivedAt, to), ...whose(filters));
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
