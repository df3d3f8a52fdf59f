import { storedValue } from "./stored-value";

// The widths the user gave result columns by dragging or with the arrow keys, remembered in this
// browser. A resized column keeps its width; the others fit the page around it (lib/results/fit-columns.ts).

export const COLUMN_WIDTH_MIN = 60;
export const COLUMN_WIDTH_MAX = 800;
/** At most this many columns remembered: the table has fewer. */
const MAX_ENTRIES = 64;

export const columnWidthsStore = storedValue("email-triage:column-widths:v1");

export type ColumnWidths = Readonly<Record<string, number>>;

/** What was saved, each width a whole number within bounds; anything else is ignored. */
export function parseColumnWidths(raw: string | null): ColumnWidths {
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    const entries = Object.entries(parsed).filter(([id, width]) => id.length <= 64 && Number.isInteger(width) && (width as number) >= COLUMN_WIDTH_MIN && (width as number) <= COLUMN_WIDTH_MAX);
    return Object.fromEntries(entries.slice(0, MAX_ENTRIES)) as ColumnWidths;
  } catch {
    return {};
  }
}

export function clampColumnWidth(width: number): number {
  return Math.round(Math.min(COLUMN_WIDTH_MAX, Math.max(COLUMN_WIDTH_MIN, width)));
}

export function saveColumnWidth(widths: ColumnWidths, id: string, width: number): void {
  columnWidthsStore.write(JSON.stringify({ ...widths, [id]: clampColumnWidth(width) }));
}

/** Forgets one column's width (it fits the page again), or every column's. */
export function resetColumnWidths(widths: ColumnWidths, id?: string): void {
  if (id === undefined) return columnWidthsStore.write(null);
  const rest = Object.fromEntries(Object.entries(widths).filter(([other]) => other !== id));
  columnWidthsStore.write(Object.keys(rest).length === 0 ? null : JSON.stringify(rest));
}
