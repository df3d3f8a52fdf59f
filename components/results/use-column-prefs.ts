"use client";

import { useMemo } from "react";
import { columnWidthsStore, parseColumnWidths, type ColumnWidths } from "@/lib/preferences/column-widths";
import { columnPrefsStore, resolveColumnPrefs, type ColumnPrefs } from "@/lib/preferences/columns";
import { useStoredValue } from "@/lib/preferences/stored-value";
import { HIDDEN_BY_DEFAULT, TABLE_COLUMN_IDS } from "@/lib/results/result-columns";

/** The result columns' order and hidden ids as this browser saved them. The column menu writes them and
 *  the table reads them, each on its own: a change saved by one shows in the other at once. */
export function useResultColumnPrefs(): ColumnPrefs {
  const raw = useStoredValue(columnPrefsStore);
  return useMemo(() => resolveColumnPrefs(raw, TABLE_COLUMN_IDS, HIDDEN_BY_DEFAULT), [raw]);
}

/** The widths the user gave columns in this browser (the others fit the page). */
export function useColumnWidths(): ColumnWidths {
  const raw = useStoredValue(columnWidthsStore);
  return useMemo(() => parseColumnWidths(raw), [raw]);
}
