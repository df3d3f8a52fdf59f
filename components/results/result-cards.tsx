"use client";

import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { focusRing } from "@/components/ui/button";
import { Time } from "@/components/ui/time";
import type { ResultRow } from "@/lib/queries/result-row";
import { routes } from "@/lib/routes";
import { DispositionBadge } from "@/components/ui/disposition-badge";
import { CUT, SenderCell, SubjectCell } from "./cells";

// The results on a phone: a card per message (subject, sender, time, disposition) instead of a table too
// wide for the screen. The page itself scrolls, and only the cards near the screen are in the DOM.

const CARD_HEIGHT = 96;
const PREFETCH_CARDS = 30;

type Props = {
  rows: ResultRow[];
  searchQuery: string;
  canLoadMore: boolean;
  loadMore: () => void;
  /** Shown after the last card: how the list ends. */
  after?: ReactNode;
};

export function ResultCards({ rows, searchQuery, canLoadMore, loadMore, after }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const [offset, setOffset] = useState(0);
  // Where the list starts in the page, again whenever the page changes size: opening the filters above
  // moves it down, and a stale start would draw the cards of another part of the list.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => setOffset(list.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => CARD_HEIGHT,
    overscan: 4,
    scrollMargin: offset,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (canLoadMore && lastIndex >= rows.length - 1 - PREFETCH_CARDS) loadMore();
  }, [canLoadMore, lastIndex, rows.length, loadMore]);

  return (
    <div data-testid="result-cards">
      <ul ref={listRef} aria-label="Search results" className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <li
              key={item.key}
              data-row-id={row.id}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              className="absolute inset-x-0 top-0 pb-2"
              style={{ height: CARD_HEIGHT, transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
            >
              <Card row={row} href={routes.message(row.id, searchQuery)} />
            </li>
          );
        })}
      </ul>
      {after ? <div className="space-y-2 py-2">{after}</div> : null}
    </div>
  );
}

function Card({ row, href }: { row: ResultRow; href: string }) {
  const box = "block h-full rounded border border-zinc-300 px-3 py-2 dark:border-zinc-700";
  if (row.unreadable) {
    return (
      <div className={`${box} text-sm text-amber-900 dark:text-amber-100`}>
        <p className="font-medium">A result could not be shown</p>
        <p className={CUT}>{row.unreadable.reason}</p>
      </div>
    );
  }
  return (
    <a href={href} className={`${box} hover:bg-zinc-50 dark:hover:bg-zinc-900 ${focusRing}`}>
      <span className={`block ${CUT} font-medium text-blue-800 dark:text-blue-300`}>
        <SubjectCell subject={row.subject} copies={row.copies} />
      </span>
      <SenderCell row={row} inline />
      <span className="mt-1 flex items-center justify-between gap-2 text-xs text-zinc-700 dark:text-zinc-300">
        <Time iso={row.scanned_at} withZone={false} />
        <DispositionBadge disposition={row.final_disposition} />
      </span>
    </a>
  );
}
