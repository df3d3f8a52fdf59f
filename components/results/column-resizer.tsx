"use client";

import { useRef, type KeyboardEvent, type PointerEvent } from "react";
import { Tooltip } from "@/components/ui/tooltip";
import { COLUMN_WIDTH_MAX, COLUMN_WIDTH_MIN, clampColumnWidth } from "@/lib/preferences/column-widths";

/** How far one arrow key press moves the edge. */
const KEY_STEP = 16;

type Props = {
  label: string;
  width: number;
  /** While dragging (`done` false) and once, at the end (`done` true). */
  onResize: (width: number, done: boolean) => void;
  /** Double-click: the column fits the page again. */
  onReset: () => void;
};

/**
 * The edge of a column header: dragged with a pointer, or focused and moved with the arrow keys (a
 * window splitter, as WAI-ARIA describes one). Written here rather than TanStack Table's resize handler:
 * that one starts from the column's own size, while a fitted column shows another width, so a drag
 * would jump.
 */
export function ColumnResizer({ label, width, onResize, onReset }: Props) {
  const start = useRef<{ x: number; width: number } | null>(null);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    start.current = { x: event.clientX, width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (start.current) onResize(clampColumnWidth(start.current.width + event.clientX - start.current.x), false);
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    onResize(clampColumnWidth(start.current.width + event.clientX - start.current.x), true);
    start.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === "ArrowRight" ? KEY_STEP : event.key === "ArrowLeft" ? -KEY_STEP : 0;
    if (step === 0) return;
    event.preventDefault();
    onResize(clampColumnWidth(width + step), true);
  };
  return (
    <Tooltip content="Drag, or use the arrow keys, to resize; double-click to fit the page again">
      <div
        role="separator"
        aria-orientation="vertical"
        aria-label={`Resize ${label}`}
        aria-valuenow={width}
        aria-valuemin={COLUMN_WIDTH_MIN}
        aria-valuemax={COLUMN_WIDTH_MAX}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (start.current = null)}
        onKeyDown={onKeyDown}
        onDoubleClick={onReset}
        className="absolute top-0 right-0 h-full w-2 cursor-col-resize touch-none select-none hover:bg-blue-400/60 focus-visible:bg-blue-500 focus-visible:outline-none"
      />
    </Tooltip>
  );
}
