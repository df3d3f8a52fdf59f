import "server-only";
import { ApiError } from "@/lib/http/api-error";
import { RemediationRefusal } from "@/lib/remediation/remediation";

// How the remediation routes say a refusal; their bodies and answers are lib/remediation/remediation-answer.ts.

export function remediationError(error: unknown): unknown {
  if (error instanceof RemediationRefusal) return new ApiError(error.kind, error.message);
  return error;
}
