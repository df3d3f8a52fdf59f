"use client";

import dynamic from "next/dynamic";
import { useEffect } from "react";
import { buttonClass } from "@/components/ui/button";
import { LazyDetails } from "@/components/ui/lazy-details";

// The list is in the DOM only while the menu is open, so it (and the saved preferences' schema) loads
// after the first paint, fetched as the page mounts so that it is there by the first click.
const loadColumnList = () => import("./column-list").then((module) => module.ColumnList);
const ColumnList = dynamic(loadColumnList, { ssr: false });

/** Show, hide and reorder the result columns, saved in this browser. It works from the saved preferences,
 *  not the table instance, so TanStack Table loads with the table rather than on first paint. */
export function ColumnMenu() {
  useEffect(() => void loadColumnList(), []);
  return (
    // Cards on a phone have no columns to choose.
    <LazyDetails dismissible className="relative max-sm:hidden" summary={<summary className={buttonClass("secondary", "cursor-pointer list-none")}>Columns</summary>}>
      <ColumnList />
    </LazyDetails>
  );
}
