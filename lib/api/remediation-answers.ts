import "server-only";
import { ApiError, badRequest } from "@/lib/http/api-error";
import { searchParamsSchema, type SearchParamName } from "@/lib/investigate/search-params";
import { flattenError, safeParse } from "@/lib/validation/core-builders";
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

/** Paging is the job's own business: a cursor or page size says nothing about which messages. */
const NOT_FILTERS: readonly SearchParamName[] = ["cursor", "per_page"];

/**
 * The search of a whole-search request, read as GET /api/messages reads one, in Cloudflare's names: a
 * start and an end are required, so the messages approved are those the requester saw, however late the
 * approval comes. A 400 names each bad field.
 */
export function parseJobSearch(raw: Record<string, string>): Record<string, string | boolean> {
  const parsed = safeParse(searchParamsSchema, raw);
  if (!parsed.success) {
    const fields = Object.entries(flattenError(parsed.error).fieldErrors).map(([name, errors]) => [`search.${name}`, errors as string[]]);
    throw badRequest(Object.fromEntries(fields), "The search is not valid.");
  }
  const missing = (["start", "end"] as const).filter((name) => !parsed.data[name]);
  if (missing.length > 0) throw badRequest(Object.fromEntries(missing.map((name) => [`search.${name}`, ["is required: a whole-search request covers a fixed period"]])), "The search is not valid.");
  const search: Record<string, string | boolean> = {};
  for (const [name, value] of Object.entries(parsed.data) as [SearchParamName, string | number | boolean | undefined][]) {
    if (value !== undefined && !NOT_FILTERS.includes(name)) search[name] = typeof value === "number" ? String(value) : value;
  }
  return search;
}
