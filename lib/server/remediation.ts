import "server-only";
import { runAsAction } from "@/lib/budget/call-kind";
import { getConfig } from "@/lib/config/env";
import { isCloudflareError } from "@/lib/cloudflare/errors";
import type { BulkJobMessageQuery } from "@/lib/cloudflare/remediation-endpoints";
import type { UpstreamBulkJobMessage, UpstreamMoveResult, UpstreamReleaseResult } from "@/lib/cloudflare/schemas/remediation";
import { processWide } from "@/lib/process-wide";
import { toJobState } from "@/lib/remediation/bulk-job-state";
import { cancelJob as cancelRequestJob, readJob, withJob, type JobRead } from "@/lib/remediation/request-jobs";
import {
  approveRequest,
  PartlySent,
  rejectRequest,
  remediate,
  remediateRun,
  RemediationRefusal,
  requestById,
  requestApproval,
  runOf,
  type Actor,
  type Run,
  type Remediated,
  type RequestInput,
  type RequestRow,
  type Sending,
} from "@/lib/remediation/remediation";
import { DESTINATION_LABELS, type MissedDisposition, type MoveDestination, type ReportKind } from "@/lib/remediation/remediation-values";
import { noteActionTaken } from "@/lib/triage/triage";
import { forgetMessageCopies, getCloudflareClient } from "./upstream";

// Moves and releases, wired to this process's Cloudflare client. A token without Cloud Email Security:
// Write makes Cloudflare answer an action with 403: from then on this process says so and offers no
// action until it restarts (with a token that can write). What was kept of the messages is forgotten,
// so their pages show what the action did. Many messages go to Cloudflare 1,000 a request, in turn.

const READ_ONLY =
  "The Cloudflare API token is read-only (it lacks Cloud Email Security: Write), so the dashboard cannot move or release mail. Actions are off until it restarts with a token that can write.";
const PER_CALL = 1_000;

const state = processWide("remediation-state", () => ({ readOnly: false }));

/** Whether this process can act: "read-only" once Cloudflare refused an action for the token's rights. */
export function actionsState(): "on" | "read-only" {
  return state.readOnly ? "read-only" : "on";
}

export async function moveOne(requestId: string, messageId: string, destination: MoveDestination, actor: Actor, signal?: AbortSignal): Promise<Remediated<UpstreamMoveResult>> {
  const input = { id: requestId, action: "move" as const, messageIds: [messageId], destination, justification: null };
  const sending = moving([messageId], (ids) => getCloudflareClient().moveMessage(ids[0] ?? "", destination, { signal }));
  const moved = await act(input, () => remediate(input, actor, sending));
  const { succeeded, failed } = sending.tally(moved.results);
  if (!moved.repeated) await noteInHistory([messageId], `moved it to ${DESTINATION_LABELS[destination]} at Cloudflare (${succeeded} of ${succeeded + failed} recipients)`, actor);
  return moved;
}

export async function releaseOne(requestId: string, messageId: string, actor: Actor, signal?: AbortSignal): Promise<Remediated<UpstreamReleaseResult>> {
  const input = { id: requestId, action: "release" as const, messageIds: [messageId], destination: null, justification: null };
  const sending = releasing([messageId], signal);
  const released = await act(input, () => remediate(input, actor, sending));
  const { succeeded, failed } = sending.tally(released.results);
  if (!released.repeated) await noteInHistory([messageId], `released it from quarantine at Cloudflare (delivered to ${succeeded}, failed for ${failed})`, actor);
  return released;
}

/** Reports the message to Cloudflare as a false positive (asks NONE) or a missed detection (asks `missed`). */
export async function reportOne(requestId: string, messageId: string, kind: ReportKind, missed: MissedDisposition | null, actor: Actor, signal?: AbortSignal): Promise<Remediated<{ via: string }>> {
  const expected = kind === "false_positive" ? "NONE" : (missed ?? "MALICIOUS");
  const input = { id: requestId, action: "submit" as const, messageIds: [messageId], destination: expected, justification: null };
  const type = kind === "false_positive" ? "reclassification" : "missed_detection";
  const reported = await act(input, () =>
    remediate(input, actor, {
      send: async () => [await getCloudflareClient().submitReports([{ id: messageId, expectedDisposition: expected }], type, { signal })],
      tally: () => ({ succeeded: 1, failed: 0 }),
    }),
  );
  if (!reported.repeated) await noteInHistory([messageId], `reported it to Cloudflare as ${kind === "false_positive" ? "a false positive (NONE)" : `a missed detection (${expected})`}`, actor);
  return reported;
}

/**
 * A request for many messages: sent now, or (above APPROVAL_THRESHOLD) written to wait for a second
 * analyst. One for every message a search finds always waits: how many that is, Cloudflare discovers.
 */
export async function requestMany(input: RequestInput, actor: Actor): Promise<RequestRow> {
  if (input.search || input.messageIds.length > getConfig().approvalThreshold) return act(input, () => requestApproval(input, actor));
  const sent = await act(input, () => remediateRun(input, actor, runFor(input)));
  const row = await requestById(input.id);
  if (!row) throw new Error(`request ${input.id} vanished`);
  if (!sent.repeated) await noteInHistory(row.messageIds, manyWords(row), actor);
  return row;
}

export async function approve(id: string, actor: Actor, reason: string | null): Promise<RequestRow> {
  const row = await act({ messageIds: [] }, () =>
    approveRequest(id, actor, reason, (taken) =>
      taken.search ? startJob(taken) : runFor({ action: taken.action as RequestInput["action"], messageIds: taken.messageIds, destination: taken.destination }),
    ),
  );
  // The messages are known once the request is taken: what was kept of them is forgotten now.
  await forgetMessageCopies(row.messageIds);
  if (row.messageIds.length > 0) await noteInHistory(row.messageIds, `${manyWords(row)}, approved by ${actor.name}`, actor);
  return row;
}

/** A request for many messages in a message's history: what it did, and to how many with it. */
function manyWords(row: RequestRow): string {
  const what = row.action === "release" ? "released it from quarantine at Cloudflare" : `moved it to ${DESTINATION_LABELS[row.destination as MoveDestination] ?? row.destination} at Cloudflare`;
  const outcome = row.status === "failed" ? " (the request failed: see Requests)" : "";
  return `${what} in a request for ${row.messageIds.length.toLocaleString("en-US")} messages by ${row.requestedByName}${outcome}`;
}

/**
 * Writes what was done into each message's triage history. The action has happened at Cloudflare by
 * now: a failure to write this line is not the action's failure, and is only logged.
 */
async function noteInHistory(ids: readonly string[], words: string, actor: Actor): Promise<void> {
  await noteActionTaken(ids, words, actor).catch((error: unknown) => console.error("Could not note an action in the triage history:", error instanceof Error ? error.message : error));
}

/** The job of an approved whole-search request, read again from Cloudflare while it runs. */
export function jobProgress(id: string, signal?: AbortSignal): Promise<JobRead> {
  return readJob(id, async (jobId) => toJobState(await getCloudflareClient().getBulkJob(jobId, { signal })));
}

/** Cancels the job of a whole-search request: what it has not reached stays untouched. */
export function cancelJob(id: string, actor: Actor): Promise<JobRead> {
  return act({ messageIds: [] }, () =>
    cancelRequestJob(id, actor, async (jobId) => {
      try {
        return toJobState(await getCloudflareClient().cancelBulkJob(jobId));
      } catch (error) {
        if (isCloudflareError(error) && (error.status === 400 || error.status === 409)) throw new RemediationRefusal("conflict", `Cloudflare did not cancel the job: ${error.message}`);
        throw error;
      }
    }),
  );
}

/** One page of the job's messages, each with its status and Cloudflare's reason for a failure or skip. */
export async function jobMessages(id: string, query: BulkJobMessageQuery, signal?: AbortSignal): Promise<UpstreamBulkJobMessage[]> {
  const { job } = await withJob(id);
  return getCloudflareClient().getBulkJobMessages(job.id, query, { signal });
}

/** Asks Cloudflare for a job over the request's search; the dashboard keeps its id and reads its progress. */
function startJob(row: RequestRow): Run {
  return async () => {
    const job = await getCloudflareClient().createBulkJob({
      action: row.action === "release" ? "RELEASE" : "MOVE",
      searchParams: row.search ?? {},
      destination: row.action === "move" ? (row.destination as MoveDestination) : undefined,
      comment: row.justification ? `${row.justification} (dashboard request ${row.id})`.slice(0, 1000) : `Dashboard request ${row.id}`,
    });
    return { results: [], tally: { succeeded: 0, failed: 0 }, job: toJobState(job) };
  };
}

export function reject(id: string, actor: Actor, reason: string): Promise<RequestRow> {
  return rejectRequest(id, actor, reason);
}

function runFor(input: Pick<RequestInput, "action" | "messageIds" | "destination">): Run {
  if (input.action === "release") return runOf(releasing(input.messageIds));
  if (input.action === "submit") throw new RemediationRefusal("bad_request", "Reports are sent one message at a time.");
  const destination = input.destination as MoveDestination;
  return runOf(moving(input.messageIds, (ids) => getCloudflareClient().moveMessages(ids, destination)));
}

function moving(ids: string[], call: (ids: string[]) => Promise<UpstreamMoveResult[]>): Sending<UpstreamMoveResult> {
  return {
    send: () => inTurns(ids, call),
    tally: (results) => ({ succeeded: results.filter((one) => one.success).length, failed: results.filter((one) => !one.success).length }),
  };
}

function releasing(ids: string[], signal?: AbortSignal): Sending<UpstreamReleaseResult> {
  return {
    send: () => inTurns(ids, (chunk) => getCloudflareClient().releaseMessages(chunk, { signal })),
    tally: (results) => ({
      succeeded: results.reduce((sum, one) => sum + (one.delivered?.length ?? 0), 0),
      failed: results.reduce((sum, one) => sum + (one.failed?.length ?? 0), 0),
    }),
  };
}

/** Sends the ids PER_CALL at a time, one call after another; a later call's failure keeps what came before. */
async function inTurns<R>(ids: string[], call: (chunk: string[]) => Promise<R[]>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < ids.length; start += PER_CALL) {
    try {
      results.push(...(await call(ids.slice(start, start + PER_CALL))));
    } catch (error) {
      if (start === 0) throw error;
      throw new PartlySent(results, error);
    }
  }
  return results;
}

/**
 * Runs `work` as an action (it spends the budget's room kept for actions, lib/budget/call-kind.ts),
 * turning Cloudflare's 403 into the read-only refusal, and forgets the messages' copies after.
 */
async function act<T>(input: Pick<RequestInput, "messageIds">, work: () => Promise<T>): Promise<T> {
  if (state.readOnly) throw new RemediationRefusal("forbidden", READ_ONLY);
  try {
    return await runAsAction(work);
  } catch (error) {
    if (isCloudflareError(error) && error.status === 403) {
      state.readOnly = true;
      throw new RemediationRefusal("forbidden", READ_ONLY);
    }
    throw error;
  } finally {
    await forgetMessageCopies(input.messageIds);
  }
}
