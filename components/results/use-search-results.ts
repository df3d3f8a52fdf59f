"use client";

import { hashKey, useInfiniteQuery } from "@tanstack/react-query";
import { useMemo, useSyncExternalStore } from "react";
import { MAX_LOADED_ROWS, searchMessagesOptions } from "@/lib/queries/messages";
import type { ResultRow } from "@/lib/queries/result-row";
import { toSearchError } from "@/lib/queries/api-request-error";
import { searchProgress } from "@/lib/queries/search-progress";
import { isSignedOut } from "@/lib/queries/signed-out";
import type { SearchUrlState } from "@/lib/search-url/parsers";

const NO_ROWS: ResultRow[] = [];
const noProgress = () => undefined;

/** The search's infinite query, its rows flattened once per new page, and whether Cloudflare is still at it.
 *  `enabled` false holds the search back (the URL asked for something the page did not understand). */
export function useSearchResults(search: SearchUrlState, enabled = true) {
  const options = searchMessagesOptions(search);
  const query = useInfiniteQuery({ ...options, enabled });
  const hash = hashKey(options.queryKey);
  const rows = useMemo(() => query.data?.pages.flatMap((page) => page.rows) ?? NO_ROWS, [query.data]);
  const progress = useSyncExternalStore(searchProgress.subscribe, () => searchProgress.get(hash), noProgress);
  const lastPage = query.data?.pages.at(-1);
  return {
    query,
    hash,
    queryKey: options.queryKey,
    rows,
    run: query.data?.pages[0]?.run ?? null,
    progress: query.isFetching ? progress : undefined,
    capped: rows.length >= MAX_LOADED_ROWS && Boolean(lastPage?.next),
    // A 401 is no failed search: the query client is already taking the user to sign in.
    error: query.error && !isSignedOut(query.error) ? toSearchError(query.error) : null,
  };
}

export type SearchResults = ReturnType<typeof useSearchResults>;
