"use client";

import dynamic from "next/dynamic";
import { useEffect } from "react";
import { PopoverButton } from "@/components/ui/menus";

// The list is in the DOM only while the popover is open, so it (and the saved preferences' schema) loads
// after the first paint, fetched as the page mounts so that it is there by the first click.
const loadColumnList = () => import("./column-list").then((module) => module.ColumnList);
const ColumnList = dynamic(loadColumnList, { ssr: false });

/** Show, hide and reorder the result columns, saved in this browser. It works from the saved preferences,
 *  not the table instance, so TanStack Table loads with the table rather than on first paint. */
export function ColumnMenu() {
  useEffect(() => void loadColumnList(), []);
  return (
    // Cards on a phone have no columns to choose.
    <div className="max-sm:hidden">
      <PopoverButton label="Columns" icon="columns-3">
        <ColumnList />
      </PopoverButton>
    </div>
  );
}
