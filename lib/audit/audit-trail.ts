import "server-only";
import { withDatabase } from "@/lib/db/database";
import { findAuditRows, type AuditFilter, type AuditRow } from "./audit-table";

export type AuditPage = { rows: AuditRow[]; /** The `before` of the next page, when there is one. */ next: number | null };

/** A page of the trail, newest first; the next one starts below its last row. */
export async function readAuditTrail(filter: AuditFilter, limit: number): Promise<AuditPage> {
  const rows = await withDatabase("read the audit trail", (db) => findAuditRows(db, filter, limit + 1));
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  return { rows: page, next: more ? (page.at(-1)?.id ?? null) : null };
}
