"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { messageKeys } from "@/lib/queries/message-keys";
import type { SearchData } from "@/lib/queries/messages";

/** The ids of the results already loaded for the search a message was opened from (none if not cached).
 *  `searchQuery` is canonical already (the route wrote it with searchToQuery), so it is the key as is. */
export function useResultIds(searchQuery: string): () => string[] {
  const queryClient = useQueryClient();
  return useCallback(() => {
    if (!searchQuery) return [];
    const data = queryClient.getQueryData<SearchData>(messageKeys.search(searchQuery));
    return data ? data.pages.flatMap((page) => page.rows.map((row) => row.id)) : [];
  }, [queryClient, searchQuery]);
}
