import type { Message } from "@/lib/investigate/message";
import { formatTime, type TimeZoneMode } from "@/lib/preferences/time-zone";

// The one table of what a result row is: for each column, the message fields its row keeps, the label
// the table and the column menu show (none: kept for the exports only), and what the CSV writes. The
// row's type, the table's columns (components/results/columns.tsx), the column menu and both exports
// come from here, so a field shown in the results is one line below.
// Browser code: the message's type only, never its schema.

/** How an empty row (one standing in for an unreadable result) holds the field. */
type Kind = "text" | "list" | "flag" | "validation";
type Fields = Partial<Record<keyof Message, Kind>>;
type Row<F extends Fields> = Pick<Message, keyof F & keyof Message>;
type CsvValue<F extends Fields> = readonly [header: string, value: (row: Row<F>, mode: TimeZoneMode) => string];

type ResultColumn<F extends Fields> = {
  id: string;
  /** The header and the menu's name; null for fields kept only for the exports and the row's link. */
  label: string | null;
  fields: F;
  csv: readonly CsvValue<F>[];
  /** Shown until the user chooses (true when left out). */
  shown?: boolean;
};

const column = <const F extends Fields>(spec: ResultColumn<F>) => spec;
const list = (values: readonly string[]) => values.join("; ");
const text = (value: string | null) => value ?? "";

export const RESULT_COLUMNS = [
  column({ id: "id", label: null, fields: { id: "text", postfix_id: "text" }, csv: [["id", (row) => row.id]] }),
  column({ id: "time", label: "Time", fields: { scanned_at: "text" }, csv: [["time", (row, mode) => formatTime(row.scanned_at, mode)]] }),
  column({
    id: "sender",
    label: "Sender",
    fields: { from: "text", from_name: "text" },
    csv: [
      ["from_name", (row) => text(row.from_name)],
      ["from", (row) => text(row.from)],
    ],
  }),
  column({ id: "recipients", label: "Recipients", fields: { to: "list", to_name: "list" }, csv: [["to", (row) => list(row.to)]] }),
  column({ id: "subject", label: "Subject", fields: { subject: "text" }, csv: [["subject", (row) => text(row.subject)]] }),
  column({ id: "disposition", label: "Disposition", fields: { final_disposition: "text" }, csv: [["final_disposition", (row) => text(row.final_disposition)]] }),
  column({
    id: "authentication",
    label: "SPF · DKIM · DMARC",
    fields: { validation: "validation" },
    csv: [
      ["spf", (row) => text(row.validation.spf)],
      ["dkim", (row) => text(row.validation.dkim)],
      ["dmarc", (row) => text(row.validation.dmarc)],
    ],
  }),
  // Shown until the user chooses: what fits beside each other at 1280 px with nothing cut (the rest are
  // one click away in the column menu).
  column({ id: "threats", label: "Threat categories", shown: false, fields: { threat_categories: "list" }, csv: [["threat_categories", (row) => list(row.threat_categories)]] }),
  column({ id: "quarantined", label: "Quarantined", shown: false, fields: { is_quarantined: "flag" }, csv: [["is_quarantined", (row) => String(row.is_quarantined)]] }),
  column({
    id: "delivery",
    label: "Delivery",
    fields: { delivery_mode: "text", delivery_status: "list" },
    csv: [
      ["delivery_mode", (row) => text(row.delivery_mode)],
      ["delivery_status", (row) => list(row.delivery_status)],
    ],
  }),
  column({ id: "alert", label: "Alert id", shown: false, fields: { alert_id: "text" }, csv: [["alert_id", (row) => text(row.alert_id)]] }),
  column({ id: "message-id", label: null, fields: { message_id: "text" }, csv: [["message_id", (row) => text(row.message_id)]] }),
  column({ id: "helo", label: "HELO server IP", shown: false, fields: { smtp_helo_server_ip: "text" }, csv: [["smtp_helo_server_ip", (row) => text(row.smtp_helo_server_ip)]] }),
  // The team's triage of the message: not a field of it, kept in the dashboard's database and read
  // beside the rows (components/triage/triage-states.ts), so these keep nothing and export nothing.
  column({ id: "triage-status", label: "Status", fields: {}, csv: [] }),
  column({ id: "assignee", label: "Assignee", fields: {}, csv: [] }),
  column({ id: "verdict", label: "Verdict", shown: false, fields: {}, csv: [] }),
] as const;

type AnyColumn = (typeof RESULT_COLUMNS)[number];
type FieldsOf<C> = C extends { fields: infer F } ? keyof F : never;

/** What one row of the results keeps of a message: the fields of every column, nothing else. */
export type ResultFields = Pick<Message, FieldsOf<AnyColumn> & keyof Message>;

type TableColumn = { id: string; label: string; shown: boolean; fields: readonly (keyof ResultFields)[] };

/** The columns the table shows and the menu lists, in their default order. */
export const TABLE_COLUMNS: readonly TableColumn[] = RESULT_COLUMNS.flatMap((spec: ResultColumn<Fields>) =>
  spec.label === null ? [] : [{ id: spec.id, label: spec.label, shown: spec.shown ?? true, fields: Object.keys(spec.fields) as (keyof ResultFields)[] }],
);
export const TABLE_COLUMN_IDS: readonly string[] = TABLE_COLUMNS.map((spec) => spec.id);
export const HIDDEN_BY_DEFAULT: readonly string[] = TABLE_COLUMNS.filter((spec) => !spec.shown).map((spec) => spec.id);

const labels: ReadonlyMap<string, string> = new Map(TABLE_COLUMNS.map((spec) => [spec.id, spec.label]));

/** A saved id is only a string: one the list no longer has is shown as itself. */
export function columnLabel(id: string): string {
  return labels.get(id) ?? id;
}

const FIELD_KINDS = RESULT_COLUMNS.flatMap((spec) => Object.entries(spec.fields) as [keyof ResultFields, Kind][]);

export function pickResultFields(message: Message): ResultFields {
  const row: Partial<Record<keyof ResultFields, unknown>> = {};
  for (const [field] of FIELD_KINDS) row[field] = message[field];
  return row as ResultFields;
}

const EMPTY: Record<Kind, () => unknown> = {
  text: () => null,
  list: () => [],
  flag: () => false,
  validation: () => ({ comment: null, dkim: null, dmarc: null, spf: null }),
};

/** Every field empty: a row that nothing can link, filter, count or export as mail. */
export function emptyResultFields(id: string): ResultFields {
  const row: Partial<Record<keyof ResultFields, unknown>> = {};
  for (const [field, kind] of FIELD_KINDS) row[field] = EMPTY[kind]();
  return { ...(row as ResultFields), id, postfix_id: "" };
}

/** The CSV's columns, in the table's order: a header and how each row writes it. */
export const CSV_VALUES: readonly (readonly [string, (row: ResultFields, mode: TimeZoneMode) => string])[] = RESULT_COLUMNS.flatMap(
  (spec) => spec.csv as readonly (readonly [string, (row: ResultFields, mode: TimeZoneMode) => string])[],
);
