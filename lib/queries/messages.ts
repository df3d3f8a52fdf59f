import { hashKey, infiniteQueryOptions, type InfiniteData } from "@tanstack/react-query";
import type { SearchUrlState } from "@/lib/search-url/parsers";
import { searchToQuery, startRun, toApiQuery, type SearchRun } from "@/lib/search-url/search-url";
import { fetchResultPage, type FetchedPage } from "./fetch-result-page";
import { freshSearches } from "./fresh-searches";
import { messageKeys } from "./message-keys";
import { searchProgress } from "./search-progress";

// The search as one infinite query over our API's cursor. The key is the page's canonical query string,
// so a relative range (`range=24h`) keys the same search however often it runs; the run's absolute
// window travels in the page params, so every page of one run covers the same window.

/** Past this many loaded rows the page asks the user to refine the search instead of loading more. */
export const MAX_LOADED_ROWS = 50_000;

export type LoadedResultPage = FetchedPage & { run: SearchRun };
type PageParam = { cursor: string | null; run: SearchRun | null };
export type SearchData = InfiniteData<LoadedResultPage, PageParam>;

export function loadedRowCount(pages: readonly LoadedResultPage[]): number {
  let count = 0;
  for (const page of pages) count += page.rows.length;
  return count;
}

export function searchMessagesOptions(state: SearchUrlState) {
  return infiniteQueryOptions({
    queryKey: messageKeys.search(searchToQuery(state).toString()),
    queryFn: async ({ pageParam, signal, queryKey }): Promise<LoadedResultPage> => {
      const run = pageParam.run ?? startRun(state);
      const hash = hashKey(queryKey);
      const started = Date.now();
      try {
        const page = await fetchResultPage(toApiQuery(state, run.window, pageParam.cursor), {
          signal,
          fresh: pageParam.cursor === null && freshSearches.take(hash),
          onPending: () => searchProgress.pending(hash, started),
        });
        return { ...page, run };
      } finally {
        searchProgress.done(hash);
      }
    },
    initialPageParam: { cursor: null, run: null } as PageParam,
    getNextPageParam: (last, pages): PageParam | undefined =>
      last.next && loadedRowCount(pages) < MAX_LOADED_ROWS ? { cursor: last.next, run: last.run } : undefined,
    // A loaded search stays as it is until the user runs it again (which resets it to one page): a refetch
    // would fetch every loaded page again, and going back to a search should find it where it was.
    staleTime: Infinity,
    // Up to 50,000 rows a search: a search left behind is dropped after five minutes.
    gcTime: 5 * 60_000,
    // The server already retried Cloudflare; the page shows the error with its own retry.
    retry: false,
    // Pages only ever append; comparing 50,000 rows deeply on each one would cost more than it saves.
    structuralSharing: false,
  });
}
