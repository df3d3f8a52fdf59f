import "server-only";
import { and, desc, eq, getTableColumns, gt, ne, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/engine";
import { remediationRequests } from "@/lib/db/schema";
import type { JobState } from "./bulk-job-state";
import type { RequestAction } from "./remediation-values";

// The remediation_requests table (lib/db/schema.ts): a request is claimed by inserting its id, so of two
// sending the same request only the one that inserted sends it to Cloudflare.

export type RequestRow = typeof remediationRequests.$inferSelect;
export type NewRequest = {
  id: string;
  action: RequestAction;
  messageIds: string[];
  destination: string | null;
  justification: string | null;
  /** For every message a search finds (messageIds then empty): the search, in Cloudflare's names. */
  search?: Record<string, string | boolean> | null;
  who: { id: string; name: string };
  now: Date;
};

/**
 * Inserts the request, as being sent or (with `expiresAt`) as waiting for approval; when its id is taken,
 * the existing row is returned instead.
 */
export async function claimRequest(db: Database, request: NewRequest, expiresAt: Date | null = null): Promise<{ claimed: true } | { claimed: false; existing: RequestRow }> {
  const inserted = await db
    .insert(remediationRequests)
    .values({
      id: request.id,
      action: request.action,
      messageIds: request.messageIds,
      destination: request.destination,
      justification: request.justification,
      search: request.search ?? null,
      requestedById: request.who.id,
      requestedByName: request.who.name,
      status: expiresAt ? "pending_approval" : "sending",
      createdAt: request.now,
      expiresAt,
    })
    .onConflictDoNothing()
    .returning({ id: remediationRequests.id });
  if (inserted.length > 0) return { claimed: true };
  const [existing] = await db.select().from(remediationRequests).where(eq(remediationRequests.id, request.id));
  if (!existing) throw new Error(`request ${request.id} was neither inserted nor found`);
  return { claimed: false, existing };
}

export type Tally = { succeeded: number; failed: number };
/** What sending a request came to: Cloudflare's results (and the job it started, for a search), or why it failed. */
export type Outcome = { results: unknown[]; tally: Tally; job?: JobState } | { failure: string; results?: unknown[]; tally?: Tally };

export async function finishRequest(db: Database, id: string, outcome: Outcome, now: Date): Promise<void> {
  const answered = outcome.results ? { results: outcome.results, succeeded: outcome.tally?.succeeded ?? null, failed: outcome.tally?.failed ?? null } : {};
  const job = "job" in outcome && outcome.job ? { jobId: outcome.job.id, job: outcome.job, jobReadAt: now } : {};
  await db
    .update(remediationRequests)
    .set("failure" in outcome ? { status: "failed", failure: outcome.failure, finishedAt: now, ...answered } : { status: "done", finishedAt: now, ...answered, ...job })
    .where(eq(remediationRequests.id, id));
}

/** Keeps the job as just read from Cloudflare. */
export async function saveJob(db: Database, id: string, job: JobState, now: Date): Promise<void> {
  await db.update(remediationRequests).set({ job, jobReadAt: now }).where(eq(remediationRequests.id, id));
}

/**
 * Takes a waiting request to be sent, approved by `who`: only while it waits, has not expired, and was
 * not asked by them. Of two approving at once (two people, two replicas) one takes it; null for the other.
 */
export async function takeForApproval(db: Database, id: string, who: { id: string; name: string }, reason: string | null, now: Date): Promise<RequestRow | null> {
  const [row] = await db
    .update(remediationRequests)
    .set({ status: "sending", decidedById: who.id, decidedByName: who.name, decidedAt: now, decisionReason: reason })
    .where(and(eq(remediationRequests.id, id), eq(remediationRequests.status, "pending_approval"), gt(remediationRequests.expiresAt, now), ne(remediationRequests.requestedById, who.id)))
    .returning();
  return row ?? null;
}

/** Rejects a waiting request (not one's own); null when it no longer waits. */
export async function rejectRequest(db: Database, id: string, who: { id: string; name: string }, reason: string, now: Date): Promise<RequestRow | null> {
  const [row] = await db
    .update(remediationRequests)
    .set({ status: "rejected", decidedById: who.id, decidedByName: who.name, decidedAt: now, decisionReason: reason, finishedAt: now })
    .where(and(eq(remediationRequests.id, id), eq(remediationRequests.status, "pending_approval"), gt(remediationRequests.expiresAt, now), ne(remediationRequests.requestedById, who.id)))
    .returning();
  return row ?? null;
}

export async function findRequest(db: Database, id: string): Promise<RequestRow | null> {
  const [row] = await db.select().from(remediationRequests).where(eq(remediationRequests.id, id));
  return row ?? null;
}

/** A request as listed: everything but Cloudflare's results, which may be thousands of lines. */
export type ListedRequest = Omit<RequestRow, "results">;

/** The latest requests, those waiting for approval first. */
export async function latestRequests(db: Database, limit: number): Promise<ListedRequest[]> {
  const { results: _results, ...listed } = getTableColumns(remediationRequests);
  return db
    .select(listed)
    .from(remediationRequests)
    .orderBy(sql`${remediationRequests.status} = 'pending_approval' desc`, desc(remediationRequests.createdAt))
    .limit(limit);
}
