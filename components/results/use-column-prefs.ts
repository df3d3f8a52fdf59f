"use client";

import { useMemo } from "react";
import { columnPrefsStore, resolveColumnPrefs, type ColumnPrefs } from "@/lib/preferences/columns";
import { useStoredValue } from "@/lib/preferences/stored-value";
import { RESULT_COLUMN_IDS } from "./column-labels";

/** The result columns' order and hidden ids as this browser saved them. The column menu writes them and
 *  the table reads them, each on its own: a change saved by one shows in the other at once. */
export function useResultColumnPrefs(): ColumnPrefs {
  const raw = useStoredValue(columnPrefsStore);
  return useMemo(() => resolveColumnPrefs(raw, RESULT_COLUMN_IDS), [raw]);
}
