"use client";

import { useLayoutEffect, useMemo, useState, type RefObject } from "react";
import type { ColumnWidths } from "@/lib/preferences/column-widths";
import { fitColumns } from "@/lib/results/fit-columns";

type SizedColumn = { id: string; getSize: () => number; columnDef: { meta?: { flexMin?: number } } };

/** The width the element gives its content (without its scrollbar), followed as the window changes. */
function useContentWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * Each visible column's width: what the user gave it (saved, or being dragged), else fitted to the
 * scroller (lib/results/fit-columns.ts). Before the scroller is measured (the server's HTML), the
 * columns' own sizes.
 */
export function useFittedWidths(ref: RefObject<HTMLElement | null>, columns: readonly SizedColumn[], reserved: number, saved: ColumnWidths, dragging: { id: string; width: number } | null): number[] {
  const contentWidth = useContentWidth(ref);
  const key = columns.map((column) => column.id).join(",");
  return useMemo(() => {
    const specs = columns.map((column) => {
      const chosen = dragging?.id === column.id ? dragging.width : saved[column.id];
      if (chosen !== undefined) return { size: chosen };
      const flexMin = column.columnDef.meta?.flexMin;
      return flexMin === undefined ? { size: column.getSize() } : { size: column.getSize(), flexMin };
    });
    return contentWidth === null ? specs.map((spec) => spec.size) : fitColumns(specs, contentWidth - reserved);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the columns are named by `key`
  }, [key, contentWidth, reserved, saved, dragging]);
}
