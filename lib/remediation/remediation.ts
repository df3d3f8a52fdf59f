import "server-only";
import { withDatabase } from "@/lib/db/database";
import { claimRequest, finishRequest, type NewRequest, type RequestRow } from "./remediation-records";

// Acting on messages at Cloudflare, once per request: the request is written first, under the id the page
// made when the person confirmed, and only the writer sends it. The same request again (a double click,
// a retry, another replica) is answered with what Cloudflare answered the first time. Analysts act;
// managers do not.

export class RemediationRefusal extends Error {
  override name = "RemediationRefusal";
  constructor(
    readonly kind: "forbidden" | "conflict" | "bad_request",
    message: string,
  ) {
    super(message);
  }
}

export type Actor = { id: string; name: string; role: "analyst" | "manager" };
export type RequestInput = Omit<NewRequest, "who" | "now">;

/** Cloudflare's answer to the request, and whether it was given earlier to the same request. */
export type Remediated<R> = { results: R[]; repeated: boolean };

export async function remediate<R>(input: RequestInput, actor: Actor, act: () => Promise<R[]>, now = new Date()): Promise<Remediated<R>> {
  if (actor.role !== "analyst") throw new RemediationRefusal("forbidden", "Managers do not act on mail: analysts move and release messages.");
  const claim = await withDatabase("record the request", (db) => claimRequest(db, { ...input, who: { id: actor.id, name: actor.name }, now }));
  if (!claim.claimed) return answerAgain<R>(claim.existing, input, actor);
  let results: R[];
  try {
    results = await act();
  } catch (error) {
    const failure = error instanceof Error ? error.message : "The request failed.";
    await withDatabase("record the failure", (db) => finishRequest(db, input.id, { failure }, new Date())).catch(() => undefined);
    throw error;
  }
  await withDatabase("record the results", (db) => finishRequest(db, input.id, { results }, new Date()));
  return { results, repeated: false };
}

function answerAgain<R>(existing: RequestRow, input: RequestInput, actor: Actor): Remediated<R> {
  const same =
    existing.requestedById === actor.id &&
    existing.action === input.action &&
    existing.destination === input.destination &&
    existing.messageIds.length === input.messageIds.length &&
    existing.messageIds.every((id, index) => id === input.messageIds[index]);
  if (!same) throw new RemediationRefusal("conflict", "This request id belongs to another request: confirm again to send a new one.");
  if (existing.status === "sending") throw new RemediationRefusal("conflict", "This request is being sent already: its result shows in a moment.");
  if (existing.status === "failed") throw new RemediationRefusal("conflict", `This request failed (${existing.failure ?? "no reason given"}). Nothing was sent again: confirm again to retry.`);
  return { results: (existing.results ?? []) as R[], repeated: true };
}
