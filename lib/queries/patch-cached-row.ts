import type { QueryClient } from "@tanstack/react-query";
import { messageKeys } from "./message-keys";
import type { SearchData } from "./messages";
import type { ResultRow } from "./result-row";

// A message read on its own is newer than the search that listed it: after a move or a release (or a
// colleague's), its row in the loaded results says so without the search being run again.

/** Where a message is now, as its row shows it: what an action at Cloudflare changes. */
export type RowState = Pick<ResultRow, "is_quarantined" | "delivery_status">;

const sameState = (row: ResultRow, state: RowState) =>
  row.is_quarantined === state.is_quarantined && JSON.stringify(row.delivery_status) === JSON.stringify(state.delivery_status);

/** Tells the loaded row of message `id` in search `searchQuery` where the message is now; nothing when the
 *  search is not loaded, the message is not among its rows, or the row says so already. */
export function patchCachedRow(queryClient: QueryClient, searchQuery: string, id: string, state: RowState): void {
  if (!searchQuery) return;
  queryClient.setQueryData<SearchData>(messageKeys.search(searchQuery), (data) => {
    if (!data) return data;
    let changed = false;
    const pages = data.pages.map((page) => {
      const index = page.rows.findIndex((row) => row.id === id);
      const row = page.rows[index];
      if (!row || row.unreadable || sameState(row, state)) return page;
      changed = true;
      const rows = page.rows.slice();
      rows[index] = { ...row, ...state };
      return { ...page, rows };
    });
    return changed ? { ...data, pages } : data;
  });
}
