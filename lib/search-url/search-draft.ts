import { searchParamsSchema } from "@/lib/investigate/search-params";
import { flattenError, safeParse } from "@/lib/validation/core-builders";
import { PAGE_FIELDS, type PageField, type SearchUrlState } from "./parsers";
import type { SearchUrlReading } from "./read-search-url";
import { isRelativeRange, type RelativeRange } from "./relative-range";
import { EMPTY_SEARCH, searchFromQuery } from "./search-url";

// What the form holds while the user types: plain strings, with the time range as a choice. Submitting
// checks it with the API's own schema and turns it into the search the URL will hold.

export type RangeChoice = RelativeRange | "any" | "custom";

/** Every page field as the form's string value ("" is unset). Start and end hold ISO instants: the
 *  inputs show them in the zone the user chose, so switching zones never shifts them. */
export type SearchDraft = Record<PageField, string> & { range: RangeChoice };

export type DraftErrors = Partial<Record<PageField | "range", string>>;

export type DraftResult = { ok: true; search: SearchUrlState } | { ok: false; errors: DraftErrors };

/** `given` holds the URL's own text of fields it could not use: the form keeps what the user wrote, so
 *  they can correct it rather than type it again. */
export function draftFromSearch(search: SearchUrlState, given: SearchUrlReading["given"] = {}): SearchDraft {
  const draft = Object.fromEntries(PAGE_FIELDS.map((name) => [name, given[name] ?? search[name] ?? ""])) as Record<PageField, string>;
  if (search.range) {
    draft.start = "";
    draft.end = "";
  }
  // Cloudflare searches detections only unless told otherwise, so the form shows that default.
  draft.detections_only = search.detections_only ?? "true";
  const range: RangeChoice = search.range ?? (draft.start || draft.end ? "custom" : "any");
  return { ...draft, range };
}

export function searchFromDraft(draft: SearchDraft): DraftResult {
  const errors: DraftErrors = {};
  const raw: Record<string, string> = {};
  for (const name of PAGE_FIELDS) {
    const value = draft[name].trim();
    if (value !== "" && name !== "start" && name !== "end") raw[name] = value;
  }
  if (draft.range === "custom") {
    if (draft.start) raw.start = draft.start;
    if (draft.end) raw.end = draft.end;
    if (!raw.start && !raw.end) errors.start = "Enter a start, an end, or both.";
  }

  const parsed = safeParse(searchParamsSchema, raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[] | undefined> = flattenError(parsed.error).fieldErrors;
    for (const name of PAGE_FIELDS) {
      const first = fieldErrors[name]?.[0];
      if (first && !errors[name]) errors[name] = first;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const search = searchFromQuery(new URLSearchParams(raw));
  return { ok: true, search: { ...EMPTY_SEARCH, ...search, range: isRelativeRange(draft.range) ? draft.range : null } };
}
