"use client";

import { useCallback, useMemo, useState } from "react";
import { MAX_BULK } from "@/lib/triage/triage-values";

// The rows picked for a bulk change: checkboxes, a shift-click or shift-space picks the range from the
// last row picked, and "select all loaded" picks every loaded row up to what one change takes
// (MAX_BULK). Made afresh when the list changes (another search, another queue view).

/** The list's rows in order; null for a row that cannot be picked (a result that cannot be shown). */
type Ids = readonly (string | null)[];

export type RowSelection = {
  /** The picked ids, in the list's order. */
  ids: string[];
  has: (id: string) => boolean;
  /** Picks or unpicks the row at `index`; with `range`, every row from the last one picked takes the same state. */
  toggle: (index: number, range: boolean) => void;
  /** Picks every pickable row (up to MAX_BULK), or none. */
  setAll: (on: boolean) => void;
  /** Whether every pickable row is picked, some are, or none. */
  all: "all" | "some" | "none";
  /** Whether "all" stopped at MAX_BULK with more rows loaded. */
  capped: boolean;
};

export function useRowSelection(rows: Ids, listKey: string): RowSelection {
  const [state, setState] = useState<{ listKey: string; picked: ReadonlySet<string>; anchor: number | null }>({ listKey, picked: new Set(), anchor: null });
  // Another list starts with nothing picked.
  const picked = state.listKey === listKey ? state.picked : EMPTY;
  const anchor = state.listKey === listKey ? state.anchor : null;

  const pickable = useMemo(() => rows.filter((id): id is string => id !== null), [rows]);
  const ids = useMemo(() => pickable.filter((id) => picked.has(id)), [pickable, picked]);

  const toggle = useCallback(
    (index: number, range: boolean) => {
      const id = rows[index];
      if (id === null || id === undefined) return;
      const on = !picked.has(id);
      const [from, to] = range && anchor !== null ? [Math.min(anchor, index), Math.max(anchor, index)] : [index, index];
      const next = new Set(picked);
      for (const one of rows.slice(from, to + 1)) {
        if (one === null) continue;
        if (!on) next.delete(one);
        else if (next.size < MAX_BULK) next.add(one);
      }
      setState({ listKey, picked: next, anchor: index });
    },
    [rows, picked, anchor, listKey],
  );
  const setAll = useCallback((on: boolean) => setState({ listKey, picked: new Set(on ? pickable.slice(0, MAX_BULK) : []), anchor: null }), [pickable, listKey]);
  const has = useCallback((id: string) => picked.has(id), [picked]);
  const limit = Math.min(pickable.length, MAX_BULK);
  const all = ids.length === 0 ? "none" : ids.length >= limit ? "all" : "some";
  return { ids, has, toggle, setAll, all, capped: all === "all" && pickable.length > MAX_BULK };
}

const EMPTY: ReadonlySet<string> = new Set();
