"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { useShortcuts } from "@/components/keyboard/use-shortcuts";
import { useTimeZoneMode } from "@/lib/preferences/time-zone-store";
import type { ResultRow as ResultRowData } from "@/lib/queries/result-row";
import { messageIdOf, routes } from "@/lib/routes";
import type { RowSelection } from "@/components/selection/row-selection";
import { SelectAll } from "@/components/selection/select-all";
import { useTriagePolling, useTriageVersion } from "@/components/triage/triage-states";
import { resetColumnWidths, saveColumnWidth } from "@/lib/preferences/column-widths";
import { columnLabel } from "@/lib/results/result-columns";
import { ColumnResizer } from "./column-resizer";
import { readPosition, writePosition } from "./result-position";
import { ResultRowMemo, ROW_HEIGHT } from "./result-row";
import { TableTimeZone } from "./table-time-zone";
import { useColumnWidths } from "./use-column-prefs";
import { useFittedWidths } from "./use-fitted-widths";
import { useResultsTable } from "./use-results-table";
import { useRowEvents } from "./use-row-events";

// A real <table> whose body is virtualised with spacer rows above and below the rendered window, so the
// browser keeps table semantics (rows, headers, aria-rowindex of each row among all loaded rows) while
// only a screenful of rows is in the DOM, however many are loaded.

const HEADER_HEIGHT = 40;
/** Ask for the next page when the rendered window comes this close to the last loaded row. */
const PREFETCH_ROWS = 60;
/** Rows kept beyond each edge of the view: enough for a wheel's step (3 rows, 144 px), while every row
 *  kept is laid out and painted again as rows come and go, and a fast fling outruns any overscan anyway
 *  (e2e/bench/ab-frames.ts compares settings). */
const OVERSCAN = 3;
const POSITION_WRITE_MS = 200;
/** The checkbox column's width, before the data columns. */
const PICK_WIDTH = 40;
const estimateSize = () => ROW_HEIGHT;

type Props = {
  rows: ResultRowData[];
  /** The search's page query string: part of every row link, and the key of the remembered position. */
  searchQuery: string;
  canLoadMore: boolean;
  loadMore: () => void;
  /** False while a message is open over the list: the message has the keys and the focus, and the list
   *  selects the row of the message shown, so closing it lands there. */
  inFront: boolean;
  /** The rows picked for a bulk change (components/triage/bulk-triage.tsx). */
  selection: RowSelection;
  /** Shown after the last row, inside the scroller: how the list ends. */
  after?: ReactNode;
};

export function ResultsTable({ rows: data, searchQuery, canLoadMore, loadMore, inFront, selection, after }: Props) {
  const router = useRouter();
  const timeZone = useTimeZoneMode();
  const scrollRef = useRef<HTMLDivElement>(null);
  const table = useResultsTable(data);
  const rows = table.getRowModel().rows;
  const [initial] = useState(() => (typeof window === "undefined" ? null : readPosition(searchQuery)));
  const [selected, setSelected] = useState<number | null>(initial?.selected ?? null);
  /** A row j/k moved to before it was rendered: its link takes the focus once it is. */
  const focusRequestRef = useRef<number | null>(null);
  const rowEvents = useRowEvents(setSelected, selection.toggle);

  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  // The React Compiler is not enabled here; the virtualizer re-renders this component itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: OVERSCAN,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  useTriagePolling(data, items[0]?.index ?? 0);
  const triageVersion = useTriageVersion();
  const first = items[0];
  const last = items.at(-1);
  const spaceAbove = first ? first.start - HEADER_HEIGHT : 0;
  const spaceBelow = last ? virtualizer.getTotalSize() - last.end : 0;
  const lastIndex = last?.index ?? -1;

  useEffect(() => {
    if (canLoadMore && lastIndex >= rows.length - 1 - PREFETCH_ROWS) loadMore();
  }, [canLoadMore, lastIndex, rows.length, loadMore]);

  // The saved place is restored once the first rows make the scroller tall enough to go there (as far as
  // it goes). The virtualizer starts at the top with the scroller rather than at the saved offset: started
  // there, it drew rows far down while a short scroller sat at the top, and a scroll to the top (no scroll
  // event from a scroller already there) never brought them back together.
  const hasRows = rows.length > 0;
  const restoredRef = useRef(false);
  useEffect(() => {
    if (restoredRef.current || !hasRows || !initial?.offset) return;
    restoredRef.current = true;
    virtualizer.scrollToOffset(initial.offset);
  }, [hasRows, initial, virtualizer]);

  const selectedRef = useRef(selected);
  useEffect(() => {
    selectedRef.current = selected;
    writePosition(searchQuery, { offset: scrollRef.current?.scrollTop ?? 0, selected });
  }, [selected, searchQuery]);

  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    // A few writes a second, the last just after the scrolling stops: one a frame cost every frame of a
    // scroll a sessionStorage write and a forced layout (reading scrollTop).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      timer = undefined;
      writePosition(searchQuery, { offset: element.scrollTop, selected: selectedRef.current });
    };
    const onScroll = () => {
      timer ??= setTimeout(write, POSITION_WRITE_MS);
    };
    element.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      element.removeEventListener("scroll", onScroll);
    };
  }, [searchQuery]);

  const select = (index: number, focus: boolean) => {
    setSelected(index);
    virtualizer.scrollToIndex(index, { align: "auto" });
    if (!focus) return;
    focusRequestRef.current = index;
    const link = scrollRef.current?.querySelector<HTMLAnchorElement>(`tr[aria-rowindex="${index + 2}"] a`);
    if (link) {
      focusRequestRef.current = null;
      link.focus({ preventScroll: true });
    }
  };

  const move = (delta: number) => {
    if (rows.length === 0) return;
    select(selected === null ? 0 : Math.max(0, Math.min(rows.length - 1, selected + delta)), true);
  };

  // The message shown over the list (j/k there walk the results) is the selected row beneath it.
  const shownId = messageIdOf(usePathname());
  useEffect(() => {
    if (shownId === null) return;
    const index = rows.findIndex((row) => row.id === shownId);
    if (index !== -1) select(index, false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follows the message shown, not each render's select
  }, [shownId, rows]);

  // When the message closes, the focus comes back to its row.
  const wasInFront = useRef(inFront);
  useEffect(() => {
    if (inFront && !wasInFront.current && selectedRef.current !== null) focusRequestRef.current = selectedRef.current;
    wasInFront.current = inFront;
  }, [inFront]);

  useEffect(() => {
    const wanted = focusRequestRef.current;
    if (wanted === null) return;
    const link = scrollRef.current?.querySelector<HTMLAnchorElement>(`tr[aria-rowindex="${wanted + 2}"] a`);
    if (!link) return;
    focusRequestRef.current = null;
    link.focus({ preventScroll: true });
  });

  useShortcuts("list", {
    j: (event) => {
      event.preventDefault();
      move(1);
    },
    k: (event) => {
      event.preventDefault();
      move(-1);
    },
    x: (event) => {
      if (selected === null || rows[selected]?.original.unreadable) return;
      event.preventDefault();
      selection.toggle(selected, event.shiftKey);
    },
    Enter: (event) => {
      if (event.target instanceof Element && event.target.closest("a, button, summary, [role=button]")) return;
      const row = selected === null ? undefined : rows[selected];
      if (!row || row.original.unreadable) return;
      event.preventDefault();
      router.push(routes.message(row.id, searchQuery));
    },
  });

  const columns = table.getVisibleLeafColumns();
  const columnsKey = columns.map((column) => column.id).join(",");
  const savedWidths = useColumnWidths();
  const [dragging, setDragging] = useState<{ id: string; width: number } | null>(null);
  const widths = useFittedWidths(scrollRef, columns, PICK_WIDTH, savedWidths, dragging);
  const tableWidth = PICK_WIDTH + widths.reduce((sum, width) => sum + width, 0);
  const linkColumn = columns.some((column) => column.id === "subject") ? "subject" : (columns[0]?.id ?? "");

  return (
    <div
      ref={scrollRef}
      // The page gives the scroller the screen's height that the form leaves (app/globals.css); where the
      // page scrolls as a whole (a phone, a short window), it stops at most of the screen.
      className="relative max-h-[85dvh] min-h-48 flex-1 overflow-auto contain-content rounded border border-zinc-300 dark:border-zinc-700"
      data-testid="results-scroller"
    >
      <table
        aria-label="Search results"
        aria-rowcount={rows.length + 1}
        className="table-fixed border-separate border-spacing-0"
        style={{ width: tableWidth }}
      >
        <colgroup>
          <col style={{ width: PICK_WIDTH }} />
          {columns.map((column, index) => (
            <col key={column.id} style={{ width: widths[index] }} />
          ))}
        </colgroup>
        <thead className="sticky top-0 z-10 bg-zinc-100 dark:bg-zinc-900">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1} style={{ height: HEADER_HEIGHT }}>
              <th scope="col" className="border-b border-zinc-300 text-center dark:border-zinc-700">
                <SelectAll selection={selection} />
              </th>
              {group.headers.map((header, index) => (
                <th
                  key={header.id}
                  scope="col"
                  className="relative truncate border-b border-zinc-300 px-2 text-left text-xs font-semibold text-zinc-700 dark:border-zinc-700 dark:text-zinc-200"
                >
                  <table.FlexRender header={header} />
                  <ColumnResizer
                    label={columnLabel(header.column.id)}
                    width={widths[index] ?? header.column.getSize()}
                    onResize={(width, done) => {
                      if (done) {
                        setDragging(null);
                        saveColumnWidth(savedWidths, header.column.id, width);
                      } else setDragging({ id: header.column.id, width });
                    }}
                    onReset={() => resetColumnWidths(savedWidths, header.column.id)}
                  />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <TableTimeZone value={timeZone}>
          <tbody {...rowEvents}>
            {spaceAbove > 0 && (
              <tr aria-hidden="true">
                <td colSpan={columns.length + 1} style={{ height: spaceAbove, padding: 0 }} />
              </tr>
            )}
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <ResultRowMemo
                  // By message id, not by slot or place in the window: moving or rewriting every row costs
                  // more layout and paint than building the dozen new ones (e2e/bench/ab-frames.ts).
                  key={row.id}
                  row={row}
                  index={item.index}
                  href={routes.message(row.id, searchQuery)}
                  selected={selected === item.index}
                  linkColumn={linkColumn}
                  columnsKey={columnsKey}
                  triageVersion={triageVersion}
                  checked={selection.has(row.id)}
                />
              );
            })}
            {spaceBelow > 0 && (
              <tr aria-hidden="true">
                <td colSpan={columns.length + 1} style={{ height: spaceBelow, padding: 0 }} />
              </tr>
            )}
          </tbody>
        </TableTimeZone>
      </table>
      {after ? <div className="sticky left-0 space-y-2 p-2">{after}</div> : null}
    </div>
  );
}
