"use client";

import { lazy, Suspense, useState, type ReactNode } from "react";

// The body's text and the raw source load when asked for, not with the page: the page's first load stays
// within its budget (README, Performance), the MIME parser with it, and a message of megabytes is not
// read for nothing.
const RawSource = lazy(() => import("./raw-source").then((module) => ({ default: module.RawSource })));
const BodyText = lazy(() => import("./body-text").then((module) => ({ default: module.BodyText })));

function OnOpen({ summary, children }: { summary: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-3" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium">{summary}</summary>
      {open ? <Suspense fallback={<p className="text-sm">Loading…</p>}>{children}</Suspense> : null}
    </details>
  );
}

export function BodyTextSlot({ id }: { id: string }) {
  return (
    <OnOpen summary="Body, as text">
      <BodyText id={id} />
    </OnOpen>
  );
}

export function RawSourceSlot({ id }: { id: string }) {
  return (
    <OnOpen summary="Raw source, as text">
      <RawSource id={id} />
    </OnOpen>
  );
}
