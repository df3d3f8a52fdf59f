"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { countAll, type Tally } from "@/lib/queries/count-all";

// The exact size of a search: every page of it counted, 1,000 at a time, within the user's budget (a
// refusal is waited out), with what is counted so far shown as it grows and a cancel. Loaded when asked.

export function CountAll({ apiQuery, onClose }: { apiQuery: URLSearchParams; onClose: () => void }) {
  const [tally, setTally] = useState<Tally | null>(null);
  const [state, setState] = useState<"counting" | "done" | "cancelled" | "failed">("counting");
  const [failure, setFailure] = useState<string | null>(null);
  const [controller] = useState(() => new AbortController());
  const query = apiQuery.toString();

  useEffect(() => {
    countAll(new URLSearchParams(query), setTally, controller.signal).then(
      (final) => {
        setTally(final);
        setState("done");
      },
      (error: unknown) => {
        if (controller.signal.aborted) return setState("cancelled");
        setFailure(error instanceof Error ? error.message : "Counting failed.");
        setState("failed");
      },
    );
    return () => controller.abort();
  }, [query, controller]);

  const total = tally?.total ?? 0;
  const breakdown = Object.entries(tally?.byDisposition ?? {}).sort((a, b) => b[1] - a[1]);
  return (
    <section aria-label="Count of the whole search" className="flex flex-col gap-2 rounded border border-zinc-200 p-3 text-sm dark:border-zinc-800">
      <p role="status" aria-live="polite" data-testid="count-all-status">
        {state === "done"
          ? `Exactly ${total.toLocaleString("en-US")} message${total === 1 ? "" : "s"} in this search.`
          : state === "counting"
            ? `Counting the whole search… ${total.toLocaleString("en-US")} so far.`
            : state === "cancelled"
              ? `Cancelled after ${total.toLocaleString("en-US")} messages: the count is not complete.`
              : `Counting stopped after ${total.toLocaleString("en-US")} messages: ${failure ?? ""}`}
      </p>
      {breakdown.length > 0 ? (
        <ul aria-label="By disposition" className="flex flex-wrap gap-x-4 gap-y-1" data-testid="count-all-breakdown">
          {breakdown.map(([name, n]) => (
            <li key={name} data-disposition={name}>
              {name} <span className="tabular-nums">{n.toLocaleString("en-US")}</span>
            </li>
          ))}
          {tally && tally.unreadable > 0 ? <li>of them unreadable {tally.unreadable.toLocaleString("en-US")}</li> : null}
        </ul>
      ) : null}
      <div className="flex gap-2">
        {state === "counting" ? <Button onClick={() => controller.abort()}>Cancel</Button> : null}
        <Button onClick={onClose}>Close</Button>
      </div>
    </section>
  );
}
