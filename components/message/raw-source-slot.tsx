"use client";

import { lazy, Suspense, useState } from "react";

// The raw source loads when asked for, not with the page: the page's first load stays within its
// budget (README, Performance), and a message of megabytes is not read for nothing.
const RawSource = lazy(() => import("./raw-source").then((module) => ({ default: module.RawSource })));

export function RawSourceSlot({ id }: { id: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-3" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium">Raw source, as text</summary>
      {open ? (
        <Suspense fallback={<p className="text-sm">Loading the raw source…</p>}>
          <RawSource id={id} />
        </Suspense>
      ) : null}
    </details>
  );
}
