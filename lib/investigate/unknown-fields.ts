// Fields Cloudflare sends that this version does not know are kept and shown as they came, but only
// within bounds: one message's unknown fields once nested thousands deep, and the page failed where
// JSON.stringify recursed. Whatever lies deeper than `depth`, or past `chars` of JSON text, is replaced
// by a note saying so; the copy is made by a walk that itself never goes deeper than `depth`.

export type UnknownFieldLimits = { depth: number; chars: number };

/** A few KB a message: room for a new flag or a small object, not for a payload. */
export const UNKNOWN_FIELD_LIMITS: UnknownFieldLimits = { depth: 8, chars: 4096 };

export function tooDeepNote(limits: UnknownFieldLimits): string {
  return `[not shown: nested deeper than ${limits.depth} levels]`;
}

export function tooLongNote(limits: UnknownFieldLimits): string {
  return `[not shown: past the ${limits.chars.toLocaleString("en")} characters kept of fields this dashboard does not know]`;
}

/** The entries as a record, each value copied within the limits (shared by all of them). */
export function keepUnknown(entries: Iterable<[string, unknown]>, limits: UnknownFieldLimits = UNKNOWN_FIELD_LIMITS): Record<string, unknown> {
  const budget = { left: limits.chars, spent: false };
  return copyEntries(entries, 1, limits, budget);
}

type Budget = { left: number; spent: boolean };

function copyEntries(entries: Iterable<[string, unknown]>, depth: number, limits: UnknownFieldLimits, budget: Budget): Record<string, unknown> {
  const kept: [string, unknown][] = [];
  for (const [key, value] of entries) {
    if (budget.spent) break;
    budget.left -= key.length + 4;
    kept.push([key, copy(value, depth, limits, budget)]);
  }
  // fromEntries makes own properties, "__proto__" included, as JSON.parse does.
  return Object.fromEntries(kept);
}

function copy(value: unknown, depth: number, limits: UnknownFieldLimits, budget: Budget): unknown {
  if (budget.spent || budget.left <= 0) return spend(budget, limits);
  if (value === null || typeof value === "boolean" || typeof value === "number") {
    budget.left -= String(value).length + 1;
    return budget.left < 0 ? spend(budget, limits) : value;
  }
  if (typeof value === "string") {
    budget.left -= value.length + 3;
    return budget.left < 0 ? spend(budget, limits) : value;
  }
  if (typeof value !== "object") return null;
  if (depth >= limits.depth) {
    budget.left -= 40;
    return tooDeepNote(limits);
  }
  budget.left -= 2;
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value as unknown[]) {
      if (budget.spent) break;
      items.push(copy(item, depth + 1, limits, budget));
    }
    return items;
  }
  return copyEntries(Object.entries(value), depth + 1, limits, budget);
}

function spend(budget: Budget, limits: UnknownFieldLimits): string {
  budget.spent = true;
  return tooLongNote(limits);
}
