"use client";

import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { LazyDetails } from "@/components/ui/lazy-details";

/** A button of the results toolbar that opens a short list of actions under it; Escape or a click
 *  outside closes it. */
export function ToolbarMenu({ label, children }: { label: string; children: ReactNode }) {
  return (
    <LazyDetails
      dismissible
      className="relative"
      summary={
        <summary className={buttonClass("secondary", "cursor-pointer list-none")}>
          {label}
          <span aria-hidden="true">▾</span>
        </summary>
      }
    >
      <div className="absolute right-0 z-20 mt-1 flex w-max min-w-44 flex-col gap-1 rounded border border-zinc-300 bg-white p-1.5 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
        {children}
      </div>
    </LazyDetails>
  );
}
