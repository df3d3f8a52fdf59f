import "server-only";
import { ApiError, badRequest } from "@/lib/http/api-error";
import { REQUEST_ID_PATTERN } from "@/lib/remediation/remediation-values";
import { RemediationRefusal } from "@/lib/remediation/remediation";

// How the remediation routes say a refusal; their bodies and answers are lib/remediation/remediation-answer.ts.

export function remediationError(error: unknown): unknown {
  if (error instanceof RemediationRefusal) return new ApiError(error.kind, error.message);
  return error;
}

/** A request's id from a route's path, or a 400 naming it. */
export function parseRequestId(raw: string): string {
  if (!REQUEST_ID_PATTERN.test(raw)) throw badRequest({ id: ["must be a request's id"] }, "The request id is not valid.");
  return raw;
}
