// The result columns by id, in their default order, with the label the header and the column menu show.
// Kept apart from columns.tsx so the column menu, drawn on first paint, does not bring TanStack Table
// and the cell renderers with it: those load with the table, after the first paint.

export const RESULT_COLUMN_LABELS = {
  time: "Time",
  sender: "Sender",
  recipients: "Recipients",
  subject: "Subject",
  disposition: "Disposition",
  authentication: "SPF · DKIM · DMARC",
  threats: "Threat categories",
  quarantined: "Quarantined",
  delivery: "Delivery mode",
  alert: "Alert id",
} as const;

export type ResultColumnId = keyof typeof RESULT_COLUMN_LABELS;

export const RESULT_COLUMN_IDS: readonly string[] = Object.keys(RESULT_COLUMN_LABELS);

const labels: ReadonlyMap<string, string> = new Map(Object.entries(RESULT_COLUMN_LABELS));

/** A saved id is only a string: one the list no longer has is shown as itself. */
export function columnLabel(id: string): string {
  return labels.get(id) ?? id;
}
