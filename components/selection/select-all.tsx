"use client";

import { useEffect, useRef } from "react";
import { focusRing } from "@/components/ui/button";
import type { RowSelection } from "./row-selection";

/** The header's checkbox: picks every loaded row (up to what one change takes), or none; half-checked when some are. */
export function SelectAll({ selection }: { selection: RowSelection }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = selection.all === "some";
  }, [selection.all]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label="Select all loaded messages"
      checked={selection.all === "all"}
      onChange={() => selection.setAll(selection.all === "none")}
      className={`size-4 ${focusRing}`}
    />
  );
}
