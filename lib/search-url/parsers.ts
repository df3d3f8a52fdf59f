import { DISPOSITIONS, FILTER_DISPOSITIONS, isKnown } from "@/lib/cloudflare/schemas/enums";
import { searchFields } from "@/lib/investigate/search-params";
import { safeParse } from "@/lib/validation/core-builders";
import { isRelativeRange, RELATIVE_RANGE_KEYS, type RelativeRange } from "./relative-range";

// The page's URL, one reader per key, built from the API's own zod schema: a link to the page and a call
// to the API take the same parameters. A value the schema refuses is never dropped in silence: the reader
// says why, and read-search-url.ts turns that into a problem the page shows.

/** The fields behind "Advanced", which opens by itself when any of them is set. */
export const ADVANCED_FIELDS = [
  "sender",
  "recipient",
  "domain",
  "subject",
  "exact_subject",
  "alert_id",
  "message_id",
  "message_action",
  "delivery_status",
  "submissions",
  "smtp_helo_ip",
  "metric",
  "per_page",
] as const satisfies ReadonlyArray<keyof typeof searchFields>;
export type AdvancedField = (typeof ADVANCED_FIELDS)[number];

/** The API's search parameters the page keeps in its URL. The cursor belongs to one run of a search and
 *  `action_log` was removed upstream, so neither is part of a link. */
export const PAGE_FIELDS = ["query", "start", "end", "detections_only", "final_disposition", ...ADVANCED_FIELDS] as const satisfies ReadonlyArray<
  keyof typeof searchFields
>;
export type PageField = (typeof PAGE_FIELDS)[number];

/** A search as the URL holds it: each field's canonical text, or null when unset. `range` is a quick
 *  range; when set it stands for the time range (start and end are then unset). */
export type SearchUrlState = { [Name in PageField]: string | null } & { range: RelativeRange | null };
export type SearchUrlKey = keyof SearchUrlState;
export const SEARCH_URL_KEYS: readonly SearchUrlKey[] = [...PAGE_FIELDS, "range"];

export const EMPTY_SEARCH: SearchUrlState = Object.fromEntries(SEARCH_URL_KEYS.map((key) => [key, null])) as SearchUrlState;

export function isSearchUrlKey(key: string): key is SearchUrlKey {
  return (SEARCH_URL_KEYS as readonly string[]).includes(key);
}

export type FieldReading = { ok: true; value: string | null } | { ok: false; reason: string };

const inWords = (values: readonly string[]) => `${values.slice(0, -1).join(", ")} or ${values.at(-1)}`;

/** One URL value, in the canonical spelling the schema gives it ("" reads as unset), or why it cannot be used. */
export function readField(name: SearchUrlKey, raw: string): FieldReading {
  if (name === "range") {
    if (raw === "") return { ok: true, value: null };
    return isRelativeRange(raw) ? { ok: true, value: raw } : { ok: false, reason: `Not a quick range this page offers: use ${inWords(RELATIVE_RANGE_KEYS)}.` };
  }
  if (name === "final_disposition" && isKnown(DISPOSITIONS, raw) && !isKnown(FILTER_DISPOSITIONS, raw)) {
    return {
      ok: false,
      reason: `${raw} is a disposition Cloudflare reports, but its search filter accepts only ${FILTER_DISPOSITIONS.slice(0, -1).join(", ")} and ${FILTER_DISPOSITIONS.at(-1)}.`,
    };
  }
  const parsed = safeParse(searchFields[name], raw);
  if (parsed.success) return { ok: true, value: parsed.data === undefined ? null : String(parsed.data) };
  return { ok: false, reason: parsed.error.issues[0]?.message ?? "Not a value this field takes." };
}
