import { queryOptions } from "@tanstack/react-query";
import type { TriageAnswer } from "@/lib/triage/triage-answer";
import type { TriageChange } from "@/lib/triage/triage-change";
import { routes } from "@/lib/routes";
import { ApiRequestError, readApiError } from "./api-request-error";

// A message's triage in the browser. Colleagues' changes arrive by polling every few seconds: one small
// read from the database per open message, which works through any proxy and needs no open connection
// per viewer on every replica (server-sent events would, and would need a fan-out between replicas).

export const TRIAGE_POLL_MS = 3_000;

export const triageKey = (messageId: string) => ["triage", messageId] as const;

export function triageOptions(messageId: string) {
  return queryOptions({
    queryKey: triageKey(messageId),
    queryFn: ({ signal }) => send(routes.api.triage(messageId), { signal }),
    refetchInterval: TRIAGE_POLL_MS,
    staleTime: 0,
    retry: false,
  });
}

export function changeTriage(messageId: string, change: TriageChange): Promise<TriageAnswer> {
  return send(routes.api.triage(messageId), { method: "PATCH", body: JSON.stringify(change) });
}

export function addTriageNote(messageId: string, text: string): Promise<TriageAnswer> {
  return send(routes.api.triageNotes(messageId), { method: "POST", body: JSON.stringify({ text }) });
}

export function editTriageNote(messageId: string, noteId: number, text: string): Promise<TriageAnswer> {
  return send(routes.api.triageNote(messageId, noteId), { method: "PATCH", body: JSON.stringify({ text }) });
}

async function send(url: string, init: RequestInit): Promise<TriageAnswer> {
  const response = await fetch(url, { ...init, cache: "no-store", headers: init.body ? { "Content-Type": "application/json" } : undefined });
  if (!response.ok) throw await readApiError(response);
  const body = (await response.json().catch(() => null)) as TriageAnswer | null;
  if (!body || typeof body.version !== "number" || !Array.isArray(body.history)) throw new ApiRequestError("The dashboard answered with a triage the page cannot read.", response.status, { code: "internal" });
  return body;
}
