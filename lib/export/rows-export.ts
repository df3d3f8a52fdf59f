import type { ResultRow } from "@/lib/queries/result-row";
import { formatTime, zoneName, type TimeZoneMode } from "@/lib/preferences/time-zone";
import { toCsv } from "./csv";

// The loaded rows as files: exactly the rows on the page, times in the zone the page shows, and that
// zone named in the header so a reader of the file knows what the times mean.

const list = (values: readonly string[]) => values.join("; ");

type Field = { header: string; value: (row: ResultRow, mode: TimeZoneMode) => string };

const FIELDS: Field[] = [
  { header: "id", value: (row) => row.id },
  { header: "time", value: (row, mode) => formatTime(row.scanned_at, mode) },
  { header: "from_name", value: (row) => row.from_name ?? "" },
  { header: "from", value: (row) => row.from ?? "" },
  { header: "to", value: (row) => list(row.to) },
  { header: "subject", value: (row) => row.subject ?? "" },
  { header: "final_disposition", value: (row) => row.final_disposition ?? "" },
  { header: "spf", value: (row) => row.validation.spf ?? "" },
  { header: "dkim", value: (row) => row.validation.dkim ?? "" },
  { header: "dmarc", value: (row) => row.validation.dmarc ?? "" },
  { header: "threat_categories", value: (row) => list(row.threat_categories) },
  { header: "is_quarantined", value: (row) => String(row.is_quarantined) },
  { header: "delivery_mode", value: (row) => row.delivery_mode ?? "" },
  { header: "alert_id", value: (row) => row.alert_id ?? "" },
  { header: "message_id", value: (row) => row.message_id ?? "" },
];

export function rowsToCsv(rows: readonly ResultRow[], mode: TimeZoneMode): string {
  const header = FIELDS.map((field) => (field.header === "time" ? `time (${zoneName(mode)})` : field.header));
  return toCsv(header, rows.map((row) => FIELDS.map((field) => field.value(row, mode))));
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
