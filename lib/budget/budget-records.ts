import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/engine";
import { budgetBlock, budgetCalls } from "@/lib/db/schema";
import type { Refusal } from "./upstream-budget";

// The shared budget's queries: spending is the SQL function budget_acquire (migrations 0002, 0004 and
// 0006: one round trip, under one lock, which also expires the window's old calls and keeps the counts
// per user and replica, so nothing else deletes calls); the stop while Cloudflare says to wait is the
// one row of budget_block.

/** `granted`: how many calls were spent, 1 or, for a lease, the calls wanted (0 when refused). */
export type Spent = { refusal: Refusal | null; replicas: number; granted: number };

export type SpendRequest = {
  user: string;
  replica: string;
  now: number;
  limit: number;
  windowMs: number;
  floor: number;
  /** Calls wanted at once: more than one is a lease, granted only while the budget is far from spent. */
  want?: number;
  /** How long a lease's calls may be spent for; they count as spent from its end. */
  leaseMs?: number;
};

export async function spendCall(db: Database, request: SpendRequest): Promise<Spent> {
  const result = (await db.execute(
    sql`select reason, retry_after_ms, replicas, granted from budget_acquire(${request.user}, ${request.replica}, ${request.now}, ${request.limit}, ${request.windowMs}, ${request.floor}, ${request.want ?? 1}, ${request.leaseMs ?? 0})`,
  )) as { rows: { reason: Refusal["reason"] | null; retry_after_ms: string | number; replicas: number; granted: number }[] };
  const row = result.rows[0];
  if (!row) throw new Error("budget_acquire returned no row");
  const refusal = row.reason ? { reason: row.reason, retryAfterMs: Number(row.retry_after_ms) } : null;
  return { refusal, replicas: Number(row.replicas), granted: Number(row.granted) };
}

/** No call from any replica until `until`; the block remembers the latest call whose answer said to stop. */
export async function blockUntil(db: Database, until: number, sentAt: number): Promise<void> {
  await db
    .insert(budgetBlock)
    .values({ id: 1, blockedUntil: until, blockSentAt: sentAt })
    .onConflictDoUpdate({
      target: budgetBlock.id,
      set: { blockedUntil: sql`greatest(${budgetBlock.blockedUntil}, excluded.blocked_until)`, blockSentAt: sql`greatest(${budgetBlock.blockSentAt}, excluded.block_sent_at)` },
    });
}

/** A 2xx to a call sent after every call that said to stop ends the block. */
export async function endBlockIfAfter(db: Database, sentAt: number): Promise<void> {
  await db.update(budgetBlock).set({ blockedUntil: 0 }).where(sql`${budgetBlock.id} = 1 and ${budgetBlock.blockSentAt} < ${sentAt} and ${budgetBlock.blockedUntil} > 0`);
}

export async function callsSince(db: Database, since: number): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::integer` }).from(budgetCalls).where(sql`${budgetCalls.at} > ${since}`);
  return Number(row?.n ?? 0);
}

export async function readBlock(db: Database): Promise<number> {
  const [row] = await db.select({ until: budgetBlock.blockedUntil }).from(budgetBlock).where(eq(budgetBlock.id, 1));
  return row?.until ?? 0;
}
