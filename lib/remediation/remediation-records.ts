import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "@/lib/db/engine";
import { remediationRequests } from "@/lib/db/schema";
import type { RemediationAction } from "./remediation-values";

// The remediation_requests table (lib/db/schema.ts): a request is claimed by inserting its id, so of two
// sending the same request only the one that inserted sends it to Cloudflare.

export type RequestRow = typeof remediationRequests.$inferSelect;
export type NewRequest = {
  id: string;
  action: RemediationAction;
  messageIds: string[];
  destination: string | null;
  justification: string | null;
  who: { id: string; name: string };
  now: Date;
};

/** Inserts the request as being sent; null when its id is taken (the existing row is returned instead). */
export async function claimRequest(db: Database, request: NewRequest): Promise<{ claimed: true } | { claimed: false; existing: RequestRow }> {
  const inserted = await db
    .insert(remediationRequests)
    .values({
      id: request.id,
      action: request.action,
      messageIds: request.messageIds,
      destination: request.destination,
      justification: request.justification,
      requestedById: request.who.id,
      requestedByName: request.who.name,
      status: "sending",
      createdAt: request.now,
    })
    .onConflictDoNothing()
    .returning({ id: remediationRequests.id });
  if (inserted.length > 0) return { claimed: true };
  const [existing] = await db.select().from(remediationRequests).where(eq(remediationRequests.id, request.id));
  if (!existing) throw new Error(`request ${request.id} was neither inserted nor found`);
  return { claimed: false, existing };
}

export async function finishRequest(db: Database, id: string, outcome: { results: unknown[] } | { failure: string }, now: Date): Promise<void> {
  await db
    .update(remediationRequests)
    .set("results" in outcome ? { status: "done", results: outcome.results, finishedAt: now } : { status: "failed", failure: outcome.failure, finishedAt: now })
    .where(eq(remediationRequests.id, id));
}
