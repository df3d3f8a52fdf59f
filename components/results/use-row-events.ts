"use client";

import { useRouter } from "next/navigation";
import type { FocusEvent, MouseEvent } from "react";

// Clicks and focus for every row, handled once on the table body rather than by each row: scrolling
// mounts a dozen rows a frame, and a row without handlers, hooks or a next/link is cheaper to create.

type RowTarget = { index: number; href: string; onLink: boolean };

function rowOf(target: EventTarget): RowTarget | null {
  if (!(target instanceof Element)) return null;
  const row = target.closest("tr[data-row-id]");
  const href = row?.querySelector("a[href]")?.getAttribute("href");
  if (!row || !href) return null;
  return { index: Number(row.getAttribute("aria-rowindex")) - 2, href, onLink: target.closest("a") !== null };
}

/** Each row's link is real (middle-click, copy link, open in new tab). A plain click on it, or anywhere
 *  on the row, opens the message within the app; a middle or modified click on the row opens a tab, as
 *  on the link itself. A click on a row's checkbox picks it, with shift the range from the last picked. */
export function useRowEvents(onSelect: (index: number) => void, onPick: (index: number, range: boolean) => void) {
  const router = useRouter();

  const onClick = (event: MouseEvent<HTMLTableSectionElement>) => {
    const row = rowOf(event.target);
    if (!row) return;
    if (event.target instanceof Element && event.target.closest("input[data-pick]")) {
      if (event.button !== 0) return;
      onSelect(row.index);
      onPick(row.index, event.shiftKey);
      return;
    }
    const newTab = event.button === 1 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
    if (row.onLink) {
      onSelect(row.index);
      if (newTab || event.button !== 0) return; // The browser's own handling of the link.
      event.preventDefault();
      router.push(row.href);
      return;
    }
    if (event.target instanceof Element && event.target.closest("button")) return;
    if (window.getSelection()?.toString()) return; // The user is selecting text to copy.
    onSelect(row.index);
    if (newTab) window.open(row.href, "_blank", "noopener");
    else if (event.button === 0) router.push(row.href);
  };

  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const row = rowOf(event.target);
    if (row) onSelect(row.index);
  };

  return { onClick, onAuxClick: onClick, onFocus };
}
