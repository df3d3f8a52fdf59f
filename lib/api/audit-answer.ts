import "server-only";
import { auditRowsToCsv, EXPORT_LIMIT, PAGE_SIZE, readAuditQuery, toAuditFilter } from "@/lib/audit/audit-query";
import { readAuditTrail } from "@/lib/audit/audit-trail";
import { ApiError } from "@/lib/http/api-error";

/** The audit trail's answer: a page as JSON, or up to EXPORT_LIMIT rows as a CSV file. */
export async function auditAnswer(params: URLSearchParams): Promise<Response> {
  const read = readAuditQuery(params);
  if (!read.ok) throw new ApiError("bad_request", "The audit trail's filter is not valid.", { fields: read.fields });
  const filter = toAuditFilter(read.query);
  if (read.query.format === "csv") {
    const { rows, next } = await readAuditTrail(filter, EXPORT_LIMIT);
    return new Response(auditRowsToCsv(rows), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`,
        // The export is the newest EXPORT_LIMIT events of the filter; more are left out.
        "X-Audit-Truncated": next === null ? "false" : "true",
      },
    });
  }
  const { rows, next } = await readAuditTrail(filter, PAGE_SIZE);
  return Response.json({
    events: rows.map((row) => ({ ...row, at: row.at.toISOString() })),
    next,
  });
}
