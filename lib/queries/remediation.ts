import type { JobMessagesAnswer, MoveAnswer, ReleaseAnswer, ReportAnswer, RequestAnswer, SubmissionsAnswer } from "@/lib/remediation/remediation-answer";
import type { MissedDisposition, MoveDestination, RemediationAction, ReportKind } from "@/lib/remediation/remediation-values";
import { routes } from "@/lib/routes";
import { ApiRequestError, readApiError } from "./api-request-error";

// Acting on one message from the browser. Each request carries the id the page made when the person
// confirmed, so sending it again (a retry after a failure to hear back) is answered, not acted on twice.
// Answers are checked by shape: zod stays out of the message page's first load.

export function moveMessage(id: string, destination: MoveDestination, requestId: string): Promise<MoveAnswer> {
  return send(routes.api.messageAction(id, "move"), { requestId, destination }, (body): body is MoveAnswer => Array.isArray((body as MoveAnswer).results));
}

export function releaseMessage(id: string, requestId: string): Promise<ReleaseAnswer> {
  return send(routes.api.messageAction(id, "release"), { requestId }, (body): body is ReleaseAnswer => Array.isArray((body as ReleaseAnswer).delivered));
}

export function reportMessage(id: string, kind: ReportKind, disposition: MissedDisposition | undefined, requestId: string): Promise<ReportAnswer> {
  return send(routes.api.messageAction(id, "report"), { requestId, kind, disposition }, (body): body is ReportAnswer => typeof (body as ReportAnswer).via === "string");
}

/** The latest submissions to Cloudflare, with their outcome once reviewed. */
export async function readSubmissions(signal?: AbortSignal): Promise<SubmissionsAnswer["submissions"]> {
  const response = await fetch(routes.api.submissions(), { signal, cache: "no-store" });
  if (!response.ok) throw await readApiError(response);
  const body = (await response.json().catch(() => null)) as SubmissionsAnswer | null;
  return Array.isArray(body?.submissions) ? body.submissions : [];
}

/** Many messages: the ids picked, or every message of a search (its API query, with a fixed start and end). */
export type ManyRequest = { requestId: string; action: RemediationAction; destination?: MoveDestination; justification: string } & ({ ids: string[] } | { search: Record<string, string> });

const isRequest = (body: unknown): body is RequestAnswer => typeof (body as RequestAnswer).status === "string" && typeof (body as RequestAnswer).count === "number";

/** Many messages: sent now, or kept to wait for a second analyst (the answer's status says which). */
export function requestMany(request: ManyRequest): Promise<RequestAnswer> {
  return send(routes.api.remediation(), request, isRequest);
}

export function decide(id: string, decision: "approve" | "reject", reason: string): Promise<RequestAnswer> {
  return send(routes.api.remediationDecision(id, decision), { reason: reason || undefined }, isRequest);
}

/** Stops a whole-search request's bulk job where it is. */
export function cancelJob(id: string): Promise<RequestAnswer> {
  return send(routes.api.remediationDecision(id, "cancel"), {}, isRequest);
}

/** The request with its job's progress as Cloudflare tells it now. */
export async function readJob(id: string, signal?: AbortSignal): Promise<RequestAnswer> {
  return read(routes.api.remediationJob(id), isRequest, signal);
}

/** A page of the job's messages, those of one status when given. */
export function readJobMessages(id: string, status: string | null, page: number, signal?: AbortSignal): Promise<JobMessagesAnswer> {
  const query = new URLSearchParams({ page: String(page) });
  if (status) query.set("status", status);
  return read(routes.api.remediationJobMessages(id, query.toString()), (body): body is JobMessagesAnswer => Array.isArray((body as JobMessagesAnswer).messages), signal);
}

async function read<T>(url: string, looksRight: (body: unknown) => body is T, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, cache: "no-store" });
  return answerOf(response, looksRight);
}

async function send<T>(url: string, body: unknown, looksRight: (body: unknown) => body is T): Promise<T> {
  const response = await fetch(url, { method: "POST", cache: "no-store", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return answerOf(response, looksRight);
}

async function answerOf<T>(response: Response, looksRight: (body: unknown) => body is T): Promise<T> {
  if (!response.ok) throw await readApiError(response);
  const answer: unknown = await response.json().catch(() => null);
  if (answer === null || typeof answer !== "object" || !looksRight(answer)) {
    throw new ApiRequestError("The dashboard answered with something the page cannot read.", response.status, { code: "internal" });
  }
  return answer;
}
