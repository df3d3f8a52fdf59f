import { InfiniteQueryObserver, type QueryClient } from "@tanstack/react-query";
import { searchFromQuery } from "@/lib/search-url/search-url";
import { cachedResultIds, rememberResultIds } from "./cached-result-ids";
import { searchMessagesOptions } from "./messages";

// Where a message stands among the results of the search it was opened from, for j and k. Over the
// results the loaded rows are in the cache already; a message page opened on its own (a shared link, a
// reload) loads the search's pages until the message is among them, as the results would have, and
// keeps the ids for the pages it moves to.

/** At most this many pages are loaded to find a message: past them, j and k do nothing. */
const MAX_PAGES = 5;

export async function loadResultIds(queryClient: QueryClient, searchQuery: string, id: string): Promise<string[]> {
  const cached = cachedResultIds(queryClient, searchQuery);
  if (!searchQuery || cached.includes(id)) return cached;
  const options = searchMessagesOptions(searchFromQuery(new URLSearchParams(searchQuery)));
  await queryClient.ensureInfiniteQueryData(options);
  const observer = new InfiniteQueryObserver(queryClient, options);
  const unsubscribe = observer.subscribe(() => {});
  try {
    for (let page = 1; page < MAX_PAGES && !cachedResultIds(queryClient, searchQuery).includes(id); page++) {
      if (!observer.getCurrentResult().hasNextPage) break;
      await observer.fetchNextPage();
    }
  } finally {
    unsubscribe();
  }
  const ids = cachedResultIds(queryClient, searchQuery);
  rememberResultIds(searchQuery, ids);
  return ids;
}
