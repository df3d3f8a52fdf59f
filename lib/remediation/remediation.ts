import "server-only";
import { withDatabase } from "@/lib/db/database";
import {
  claimRequest,
  findRequest,
  finishRequest,
  latestRequests,
  rejectRequest as rejectRow,
  takeForApproval,
  type ListedRequest,
  type NewRequest,
  type RequestRow,
  type Tally,
} from "./remediation-records";
import type { JobState } from "./bulk-job-state";
import { APPROVAL_EXPIRY_MS } from "./remediation-values";
import { standingOf } from "./request-standing";

// Acting on messages at Cloudflare, once per request: the request is written first, under the id the page
// made when the person confirmed, and only the writer sends it. The same request again (a double click,
// a retry, another replica) is answered with what Cloudflare answered the first time. A request above
// the approval threshold is written as waiting, and sent when a second analyst approves it (never its
// own requester; one approval wins however many arrive). Analysts act; managers do not.

export class RemediationRefusal extends Error {
  override name = "RemediationRefusal";
  constructor(
    readonly kind: "forbidden" | "conflict" | "bad_request" | "not_found",
    message: string,
  ) {
    super(message);
  }
}

export type Actor = { id: string; name: string; role: "analyst" | "manager" };
export type RequestInput = Omit<NewRequest, "who" | "now">;
export type { ListedRequest, RequestRow, Tally };

/** How a request is sent to Cloudflare, and how its answer is counted. */
export type Sending<R> = { send: () => Promise<R[]>; tally: (results: R[]) => Tally };
/** A request's sending when the caller needs only its results as they are kept (and the job it started). */
export type Run = () => Promise<{ results: unknown[]; tally: Tally; job?: JobState }>;

/**
 * A sending that failed after part of it was sent (the first batches of 1,000 answered, a later one
 * failed): what Cloudflare answered is kept with the failure, and `cause` is what the caller is told.
 */
export class PartlySent extends Error {
  override name = "PartlySent";
  constructor(
    readonly sent: unknown[],
    override readonly cause: unknown,
    readonly tally: Tally | null = null,
  ) {
    super(cause instanceof Error ? cause.message : "The request failed part of the way.");
  }
}

export function runOf<R>(sending: Sending<R>): Run {
  return async () => {
    try {
      const results = await sending.send();
      return { results, tally: sending.tally(results) };
    } catch (error) {
      if (error instanceof PartlySent) throw new PartlySent(error.sent, error.cause, sending.tally(error.sent as R[]));
      throw error;
    }
  };
}

/** Cloudflare's answer to the request, and whether it was given earlier to the same request. */
export type Remediated<R> = { results: R[]; repeated: boolean };

export async function remediate<R>(input: RequestInput, actor: Actor, sending: Sending<R>, now = new Date()): Promise<Remediated<R>> {
  // The results are R's: Cloudflare's answer now, or the one kept from the first time.
  return (await remediateRun(input, actor, runOf(sending), now)) as Remediated<R>;
}

/** remediate, for a caller that needs the results only as they are kept. */
export async function remediateRun(input: RequestInput, actor: Actor, run: Run, now = new Date()): Promise<Remediated<unknown>> {
  mayAct(actor);
  const claim = await withDatabase("record the request", (db) => claimRequest(db, { ...input, who: person(actor), now }));
  if (!claim.claimed) return answerAgain<unknown>(claim.existing, input, actor);
  let results: unknown[] = [];
  await record(input.id, async () => {
    const outcome = await run();
    results = outcome.results;
    return outcome;
  });
  return { results, repeated: false };
}

/** Writes a request to wait for a second analyst's approval; the same request again is answered as it stands. */
export async function requestApproval(input: RequestInput, actor: Actor, now = new Date()): Promise<RequestRow> {
  mayAct(actor);
  const claim = await withDatabase("record the request", (db) => claimRequest(db, { ...input, who: person(actor), now }, new Date(now.getTime() + APPROVAL_EXPIRY_MS)));
  if (!claim.claimed) {
    if (!sameRequest(claim.existing, input, actor)) throw new RemediationRefusal("conflict", "This request id belongs to another request: confirm again to send a new one.");
    return claim.existing;
  }
  const row = await withDatabase("read the request", (db) => findRequest(db, input.id));
  if (!row) throw new Error(`request ${input.id} vanished`);
  return row;
}

/** A second analyst approves a waiting request, which is then sent; `sendingFor` says how, from the request. */
export async function approveRequest(id: string, actor: Actor, reason: string | null, runFor: (row: RequestRow) => Run, now = new Date()): Promise<RequestRow> {
  mayAct(actor);
  const taken = await withDatabase("approve the request", (db) => takeForApproval(db, id, person(actor), reason, now));
  if (!taken) throw await whyNot(id, actor, "approve", now);
  // A failure is kept with the request, which the answer shows.
  await record(id, runFor(taken)).catch(() => undefined);
  return (await withDatabase("read the request", (db) => findRequest(db, id))) ?? taken;
}

export async function rejectRequest(id: string, actor: Actor, reason: string, now = new Date()): Promise<RequestRow> {
  mayAct(actor);
  const rejected = await withDatabase("reject the request", (db) => rejectRow(db, id, person(actor), reason, now));
  if (!rejected) throw await whyNot(id, actor, "reject", now);
  return rejected;
}

export function requestById(id: string): Promise<RequestRow | null> {
  return withDatabase("read the request", (db) => findRequest(db, id));
}

export function listRequests(limit = 100): Promise<ListedRequest[]> {
  return withDatabase("list the requests", (db) => latestRequests(db, limit));
}

/**
 * Sends the request and keeps what came of it: Cloudflare's results and their tally, or the failure
 * (with what was answered before it, when part was sent).
 */
async function record(id: string, run: Run): Promise<void> {
  let outcome: Awaited<ReturnType<Run>>;
  try {
    outcome = await run();
  } catch (error) {
    const partly = error instanceof PartlySent ? error : null;
    const cause = partly ? partly.cause : error;
    const reason = cause instanceof Error ? cause.message : "The request failed.";
    const failure = partly ? `${reason} (after ${partly.sent.length.toLocaleString("en-US")} results from the batches sent before it; the rest was not sent)` : reason;
    const kept = partly ? { results: partly.sent, tally: partly.tally ?? undefined } : {};
    await withDatabase("record the failure", (db) => finishRequest(db, id, { failure, ...kept }, new Date())).catch(() => undefined);
    throw cause;
  }
  await withDatabase("record the results", (db) => finishRequest(db, id, outcome, new Date()));
}

export function mayAct(actor: Actor): void {
  if (actor.role !== "analyst") throw new RemediationRefusal("forbidden", "Managers do not act on mail: analysts move, release and approve.");
}

const person = (actor: Actor) => ({ id: actor.id, name: actor.name });

function sameRequest(existing: RequestRow, input: RequestInput, actor: Actor): boolean {
  return (
    existing.requestedById === actor.id &&
    existing.action === input.action &&
    existing.destination === input.destination &&
    sameSearch(existing.search, input.search ?? null) &&
    existing.messageIds.length === input.messageIds.length &&
    existing.messageIds.every((id, index) => id === input.messageIds[index])
  );
}

function sameSearch(a: Record<string, string | boolean> | null, b: Record<string, string | boolean> | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function answerAgain<R>(existing: RequestRow, input: RequestInput, actor: Actor): Remediated<R> {
  if (!sameRequest(existing, input, actor)) throw new RemediationRefusal("conflict", "This request id belongs to another request: confirm again to send a new one.");
  if (existing.status === "sending") throw new RemediationRefusal("conflict", "This request is being sent already: its result shows in a moment.");
  if (existing.status === "failed") throw new RemediationRefusal("conflict", `This request failed (${existing.failure ?? "no reason given"}). Nothing was sent again: confirm again to retry.`);
  return { results: (existing.results ?? []) as R[], repeated: true };
}

async function whyNot(id: string, actor: Actor, verb: "approve" | "reject", now: Date): Promise<RemediationRefusal> {
  const row = await withDatabase("read the request", (db) => findRequest(db, id));
  if (!row) return new RemediationRefusal("not_found", "There is no request with this id.");
  if (row.requestedById === actor.id) return new RemediationRefusal("forbidden", `A request is approved or rejected by a second analyst: you cannot ${verb} your own.`);
  const standing = standingOf(row, now);
  if (standing === "expired") return new RemediationRefusal("conflict", "This request waited longer than it may and has expired: nothing was sent. Ask for it again.");
  const by = row.decidedByName ? ` by ${row.decidedByName}` : "";
  return new RemediationRefusal("conflict", `This request is no longer waiting: it was ${standing === "rejected" ? "rejected" : "approved"}${by}.`);
}
