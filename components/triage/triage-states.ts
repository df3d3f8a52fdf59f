"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { readApiError } from "@/lib/queries/api-request-error";
import { TRIAGE_POLL_MS } from "@/lib/queries/triage";
import { routes } from "@/lib/routes";
import type { QueueAnswer } from "@/lib/triage/queue-answer";

// The triage of the rows a list shows, beside the rows rather than in them: the results' rows are
// Cloudflare's and stay as they came (memoised, up to 50,000), while the triage changes under them.
// One poll every few seconds for the block of rows in view. The cells read it with no hook of their own
// (a cell is made a dozen times a frame while the list scrolls); the table re-renders its rows when the
// store's version moves, which is only when a poll found a change.

export type RowTriage = Pick<QueueAnswer["rows"][number], "status" | "assignee" | "verdict">;

const states = new Map<string, RowTriage | null>();
const store = { version: 0, listeners: new Set<() => void>() };

function publish(ids: readonly string[], rows: QueueAnswer["rows"]): void {
  const found = new Map(rows.map((row) => [row.messageId, row]));
  let changed = false;
  for (const id of ids) {
    const row = found.get(id);
    const next: RowTriage | null = row ? { status: row.status, assignee: row.assignee, verdict: row.verdict } : null;
    const before = states.get(id);
    if (before !== undefined && sameTriage(before, next)) continue;
    states.set(id, next);
    changed = true;
  }
  if (!changed) return;
  store.version++;
  for (const listener of store.listeners) listener();
}

const sameTriage = (a: RowTriage | null, b: RowTriage | null) =>
  a === b || (a !== null && b !== null && a.status === b.status && a.verdict === b.verdict && a.assignee?.id === b.assignee?.id);

/** One message's triage as last read: undefined until read, null when nobody has triaged it. */
export function readRowTriage(id: string): RowTriage | null | undefined {
  return states.get(id);
}

/** Moves whenever a poll finds a row's triage changed: the table's rows re-render on it. */
export function useTriageVersion(): number {
  return useSyncExternalStore(
    (listener) => {
      store.listeners.add(listener);
      return () => store.listeners.delete(listener);
    },
    () => store.version,
    () => 0,
  );
}

/** Rows per block the poll covers: the block in view and the next, so a short scroll asks nothing new. */
const BLOCK = 50;
const SETTLE_MS = 300;

/** `value` once it has stayed the same for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Polls the triage of the rows around `firstIndex` (the first row drawn); rows standing for results
 *  that cannot be shown are no messages and are left out. */
export function useTriagePolling(rows: readonly { id: string; unreadable?: unknown }[], firstIndex: number): void {
  // The block where the scrolling came to rest: a fling through thousands of rows asks nothing on the way.
  const start = useSettled(Math.floor(Math.max(0, firstIndex) / BLOCK) * BLOCK, SETTLE_MS);
  // Asked on every frame of a scroll: worked out again only when the block or the rows change.
  const block = useMemo(() => rows.slice(start, start + 2 * BLOCK).flatMap((row) => (row.unreadable ? [] : [row.id])), [rows, start]);
  const key = useMemo(() => block.join(","), [block]);
  useQuery({
    queryKey: ["triage-rows", key],
    queryFn: async ({ signal }) => {
      const response = await fetch(routes.api.queue(new URLSearchParams({ view: "all", ids: key }).toString()), { signal, cache: "no-store" });
      if (!response.ok) throw await readApiError(response);
      const answer = (await response.json()) as QueueAnswer;
      publish(block, Array.isArray(answer.rows) ? answer.rows : []);
      return null;
    },
    enabled: block.length > 0,
    refetchInterval: TRIAGE_POLL_MS,
    staleTime: 0,
    retry: false,
  });
}
