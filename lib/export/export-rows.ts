import type { TimeZoneMode } from "@/lib/preferences/time-zone";
import type { ResultRow } from "@/lib/queries/result-row";
import { downloadText } from "./download";
import { exportFileName, rowsToCsv, rowsToJson } from "./rows-export";

// What the export buttons do, in one module the page imports on the click (export-buttons.tsx): the file
// making is no part of the search page's first load.

export type ExportFormat = "csv" | "json";

export function exportRows(format: ExportFormat, rows: readonly ResultRow[], mode: TimeZoneMode, searchQuery: string): void {
  if (format === "csv") downloadText(rowsToCsv(rows, mode), exportFileName("csv"), "text/csv;charset=utf-8");
  else downloadText(rowsToJson(rows, mode, { search: searchQuery, exportedAt: new Date() }), exportFileName("json"), "application/json");
}
