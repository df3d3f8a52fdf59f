"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { patchCachedRow, type RowState } from "@/lib/queries/patch-cached-row";

/** Over the results, the message's row beneath follows where the message is now: the page is read again
 *  after an action on it, and this runs with the new state. */
export function ResultRowSync({ id, searchQuery, state }: { id: string; searchQuery: string; state: RowState }) {
  const queryClient = useQueryClient();
  useEffect(() => patchCachedRow(queryClient, searchQuery, id, state), [queryClient, searchQuery, id, state]);
  return null;
}
