import "server-only";
import { ApiError, badRequest } from "@/lib/http/api-error";
import { describeStale, StaleChange, TriageRefusal } from "@/lib/triage/triage";

// How the triage API says its refusals; its answer is lib/triage/triage-answer.ts.

/** A refusal by triage's rules, or a stale change, in the API's words. */
export function triageError(error: unknown): unknown {
  if (error instanceof StaleChange) return new ApiError("conflict", describeStale(error));
  if (error instanceof TriageRefusal) {
    if (error.kind === "bad_request") return badRequest(error.fields ?? { body: [error.message] }, error.message);
    return new ApiError(error.kind, error.message);
  }
  return error;
}
