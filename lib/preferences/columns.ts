import { array, check, maxLength, object, safeParse, string, type output } from "@/lib/validation/core-builders";
import { storedValue } from "./stored-value";

// Which result columns are shown and in what order, remembered in this browser. zod/mini's builders over
// zod's core, as the search schema: the browser runs this, and classic zod would come along whole.

const columnIds = check(array(check(string(), maxLength(64))), maxLength(64));
const columnPrefsSchema = object({ order: columnIds, hidden: columnIds });
export type ColumnPrefs = output<typeof columnPrefsSchema>;

export const columnPrefsStore = storedValue("email-triage:columns:v1");

export function parseColumnPrefs(raw: string | null): ColumnPrefs | null {
  if (!raw) return null;
  try {
    const parsed = safeParse(columnPrefsSchema, JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** What this browser saved, applied to the columns that exist now; with nothing saved, the defaults. */
export function resolveColumnPrefs(raw: string | null, known: readonly string[], hiddenByDefault: readonly string[] = []): ColumnPrefs {
  const prefs = parseColumnPrefs(raw);
  return {
    order: reconcileOrder(prefs?.order ?? [], known),
    hidden: (prefs?.hidden ?? hiddenByDefault).filter((id, index, all) => known.includes(id) && all.indexOf(id) === index),
  };
}

/** The preferences with one column shown or hidden. */
export function setColumnVisible(prefs: ColumnPrefs, id: string, visible: boolean): ColumnPrefs {
  const hidden = prefs.hidden.filter((other) => other !== id);
  return { order: prefs.order, hidden: visible ? hidden : [...hidden, id] };
}

export function saveColumnPrefs(prefs: ColumnPrefs): void {
  columnPrefsStore.write(JSON.stringify(prefs));
}

/** The saved order applied to the columns that exist now: unknown ids dropped, new columns at the end. */
export function reconcileOrder(saved: readonly string[], known: readonly string[]): string[] {
  const kept = saved.filter((id, index) => known.includes(id) && saved.indexOf(id) === index);
  return [...kept, ...known.filter((id) => !kept.includes(id))];
}

/** The order with one column moved by `delta` places, clamped to the ends. */
export function moveColumn(order: readonly string[], id: string, delta: number): string[] {
  const from = order.indexOf(id);
  if (from === -1) return [...order];
  const to = Math.max(0, Math.min(order.length - 1, from + delta));
  const next = order.filter((other) => other !== id);
  next.splice(to, 0, id);
  return next;
}

export function resetColumnPrefs(): void {
  columnPrefsStore.write(null);
}
