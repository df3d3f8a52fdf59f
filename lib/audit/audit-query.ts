import { z } from "zod";
import { readQueryParams, type QueryParamsResult } from "@/lib/validation/read-query-params";
import { toCsv } from "@/lib/csv";
import { AUDIT_EVENTS, AUDIT_OUTCOMES } from "./audit-line";
import type { AuditFilter, AuditRow } from "./audit-table";

// The audit trail's filter as it travels in a URL (the page's and the API's), checked once here.

export { AUDIT_EVENTS, AUDIT_OUTCOMES };

/** A page of the trail on screen or through the API; an export holds at most EXPORT_LIMIT rows. */
export const PAGE_SIZE = 100;
export const EXPORT_LIMIT = 10_000;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
// A time without an offset (as a datetime-local field sends it) is UTC, as the page says.
const instant = optional(
  z.iso
    .datetime({ offset: true, local: true, error: "must be a date and time, e.g. 2026-12-05T09:00" })
    .transform((v) => new Date(/(z|[+-]\d\d:?\d\d)$/i.test(v) ? v : `${v}Z`)),
);

export const auditQuerySchema = z.object({
  who: optional(z.string().max(200, "must be at most 200 characters")),
  event: optional(z.enum(AUDIT_EVENTS, { error: `must be one of ${AUDIT_EVENTS.join(", ")}` })),
  outcome: optional(z.enum(AUDIT_OUTCOMES, { error: `must be one of ${AUDIT_OUTCOMES.join(", ")}` })),
  from: instant,
  to: instant,
  before: optional(z.string().regex(/^[1-9]\d{0,15}$/, "must be an event number").transform(Number)),
  format: optional(z.enum(["json", "csv"], { error: "must be json or csv" })),
});

export type AuditQuery = z.infer<typeof auditQuerySchema>;

export type AuditQueryResult = QueryParamsResult<AuditQuery>;

/** Reads the filter from a URL's parameters; a name given twice, or one not known, is a problem too. */
export function readAuditQuery(params: URLSearchParams): AuditQueryResult {
  return readQueryParams(params, auditQuerySchema, "is not a filter of the audit trail");
}

export function toAuditFilter({ format: _format, ...filter }: AuditQuery): AuditFilter {
  return filter;
}

const CSV_HEADER = ["id", "time", "event", "outcome", "who", "role", "what", "status", "detail"] as const;

export function auditRowsToCsv(rows: readonly AuditRow[]): string {
  return toCsv(
    CSV_HEADER,
    rows.map((row) => [
      String(row.id),
      row.at.toISOString(),
      row.event,
      row.outcome,
      row.whoId ?? "",
      row.whoRole ?? "",
      row.what ?? "",
      row.status === null ? "" : String(row.status),
      Object.keys(row.detail).length > 0 ? JSON.stringify(row.detail) : "",
    ]),
  );
}
