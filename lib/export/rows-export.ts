import type { ResultRow } from "@/lib/queries/result-row";
import { formatTime, zoneName, type TimeZoneMode } from "@/lib/preferences/time-zone";
import { CSV_VALUES } from "@/lib/results/result-columns";
import { toCsv } from "@/lib/csv";

// The loaded rows as files: exactly the rows on the page, times in the zone the page shows, and that
// zone named in the header so a reader of the file knows what the times mean.

export function rowsToCsv(rows: readonly ResultRow[], mode: TimeZoneMode): string {
  const header = CSV_VALUES.map(([name]) => (name === "time" ? `time (${zoneName(mode)})` : name));
  return toCsv(header, rows.map((row) => CSV_VALUES.map(([, value]) => value(row, mode))));
}

export function rowsToJson(rows: readonly ResultRow[], mode: TimeZoneMode, meta: { search: string; exportedAt: Date }): string {
  const document = {
    timeZone: zoneName(mode),
    exportedAt: formatTime(meta.exportedAt.toISOString(), mode),
    search: meta.search,
    count: rows.length,
    rows: rows.map((row) => ({ ...row, time: formatTime(row.scanned_at, mode) })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function exportFileName(extension: "csv" | "json", now: Date = new Date()): string {
  const stamp = now.toISOString().slice(0, 19).replaceAll(":", "").replace("T", "-");
  return `messages-${stamp}.${extension}`;
}
