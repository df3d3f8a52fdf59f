import "server-only";
import { ApiError, badRequest } from "@/lib/http/api-error";
import { describeStale, StaleChange, TriageRefusal } from "@/lib/triage/triage";

// How the triage API says its refusals; its answer is lib/triage/triage-answer.ts.

/** A note's number from a route's path, or a 400 naming it. */
export function parseNoteId(raw: string): number {
  if (!/^[1-9]\d{0,14}$/.test(raw)) throw badRequest({ noteId: ["must be a note's number"] }, "The note id is not valid.");
  return Number(raw);
}

/** A refusal by triage's rules, or a stale change, in the API's words. */
export function triageError(error: unknown): unknown {
  if (error instanceof StaleChange) return new ApiError("conflict", describeStale(error));
  if (error instanceof TriageRefusal) {
    if (error.kind === "bad_request") return badRequest(error.fields ?? { body: [error.message] }, error.message);
    return new ApiError(error.kind, error.message);
  }
  return error;
}
