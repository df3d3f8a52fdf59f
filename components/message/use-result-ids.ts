"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { messageKeys, type SearchData } from "@/lib/queries/messages";
import { searchFromQuery } from "@/lib/search-url/search-url";

/** The ids of the results already loaded for the search a message was opened from (none if not cached). */
export function useResultIds(searchQuery: string): () => string[] {
  const queryClient = useQueryClient();
  return useCallback(() => {
    if (!searchQuery) return [];
    const key = messageKeys.search(searchFromQuery(new URLSearchParams(searchQuery)));
    const data = queryClient.getQueryData<SearchData>(key);
    return data ? data.pages.flatMap((page) => page.rows.map((row) => row.id)) : [];
  }, [queryClient, searchQuery]);
}
