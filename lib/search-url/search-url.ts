import { ADVANCED_FIELDS, EMPTY_SEARCH, PAGE_FIELDS, SEARCH_URL_KEYS, type AdvancedField, type SearchUrlState } from "./parsers";
import { readSearchUrl } from "./read-search-url";
import { resolveRange, type SearchWindow } from "./relative-range";

/** Rows asked for per request when the URL names no `per_page`: enough to fill a screen a few times. */
export const RESULTS_PER_PAGE = 100;

export { EMPTY_SEARCH };

/** The part of a query string's search that was understood. Where the user must hear about the rest,
 *  read it with readSearchUrl instead. */
export function searchFromQuery(query: URLSearchParams): SearchUrlState {
  return readSearchUrl(query).search;
}

/** The page's query string for a search, keys in a stable order, unset keys left out. */
export function searchToQuery(state: SearchUrlState): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of SEARCH_URL_KEYS) {
    const value = state[key];
    if (value !== null) query.set(key, value);
  }
  return query;
}

/** The window a run of this search covers: resolved from `range` now, or the fixed start/end. */
export function resolveWindow(state: SearchUrlState, now: number = Date.now()): SearchWindow | null {
  return state.range ? resolveRange(state.range, now) : null;
}

/** What GET /api/messages receives: the page's parameters, with a relative range made absolute. */
export function toApiQuery(state: SearchUrlState, window: SearchWindow | null, cursor: string | null = null): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of PAGE_FIELDS) {
    const value = state[key];
    if (value !== null) query.set(key, value);
  }
  if (state.range && window) {
    query.set("start", window.start);
    query.set("end", window.end);
  }
  if (!query.has("per_page")) query.set("per_page", String(RESULTS_PER_PAGE));
  if (cursor) query.set("cursor", cursor);
  return query;
}

/** When one run of a search happened and the window it covered; every page of the run shares it. */
export type SearchRun = { ranAt: string; window: SearchWindow | null };

export function startRun(state: SearchUrlState, now: number = Date.now()): SearchRun {
  return { ranAt: new Date(now).toISOString(), window: resolveWindow(state, now) };
}

/** "Share as of now": the same search pinned to the run's window, so the recipient sees the same rows
 *  even as new mail arrives. A search with no end is pinned to the moment it ran. */
export function freezeSearch(state: SearchUrlState, run: SearchRun): SearchUrlState {
  if (state.range && run.window) return { ...state, range: null, start: run.window.start, end: run.window.end };
  if (!state.range && !state.end) return { ...state, end: run.ranAt };
  return state;
}

/**
 * The filters of one run with its period fixed, in the API's names, without paging: what a request to act
 * on every message of the search names, so a later approval acts on the period that was seen.
 */
export function pinnedFilters(state: SearchUrlState, run: SearchRun): Record<string, string> {
  const query = toApiQuery(freezeSearch(state, run), run.window);
  query.delete("per_page");
  return Object.fromEntries(query);
}

export function sameSearch(a: SearchUrlState, b: SearchUrlState): boolean {
  return searchToQuery(a).toString() === searchToQuery(b).toString();
}

export { ADVANCED_FIELDS, type AdvancedField };

export function hasAdvanced(state: SearchUrlState): boolean {
  return ADVANCED_FIELDS.some((key) => state[key] !== null);
}
