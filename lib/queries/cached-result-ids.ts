import type { QueryClient } from "@tanstack/react-query";
import { messageKeys } from "./message-keys";
import type { SearchData } from "./messages";

// The results' ids for j and k on a message. Over the results they are the rows in the query cache. A
// message on its own page moves to the next one by loading the page afresh, which empties the cache, so
// the ids it walks are kept for the tab too: one search's, the last one walked.

const STORE_KEY = "email-triage:walked-results";
/** Past this, a walk stops at the last id kept; sessionStorage holds a few megabytes in all. */
const MAX_KEPT = 5_000;

export function rememberResultIds(searchQuery: string, ids: readonly string[]): void {
  try {
    sessionStorage.setItem(STORE_KEY, JSON.stringify({ searchQuery, ids: ids.slice(0, MAX_KEPT) }));
  } catch {
    // Storage full or switched off: j and k load the results again.
  }
}

function rememberedResultIds(searchQuery: string): string[] {
  try {
    const kept: unknown = JSON.parse(sessionStorage.getItem(STORE_KEY) ?? "null");
    if (typeof kept !== "object" || kept === null || !("searchQuery" in kept) || !("ids" in kept)) return [];
    const { ids } = kept;
    if (kept.searchQuery !== searchQuery || !Array.isArray(ids)) return [];
    return ids.filter((id): id is string => typeof id === "string");
  } catch {
    return [];
  }
}

/** The ids loaded for the search `searchQuery` (its canonical query string) in this tab, none if none are. */
export function cachedResultIds(queryClient: QueryClient, searchQuery: string): string[] {
  if (!searchQuery) return [];
  const data = queryClient.getQueryData<SearchData>(messageKeys.search(searchQuery));
  return data ? data.pages.flatMap((page) => page.rows.map((row) => row.id)) : rememberedResultIds(searchQuery);
}
