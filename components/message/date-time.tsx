"use client";

import { formatTime, zoneName } from "@/lib/preferences/time-zone";
import { useHydrated } from "@/lib/preferences/stored-value";

/** A time in UTC (what the server can render) and, once in the browser, in the analyst's own zone. */
export function DateTime({ iso }: { iso: string | null }) {
  const hydrated = useHydrated();
  if (!iso) return <span>—</span>;
  return (
    <time dateTime={iso} className="tabular-nums">
      {hydrated && <span>{`${formatTime(iso, "local")} ${zoneName("local")} · `}</span>}
      <span>{`${formatTime(iso, "utc")} UTC`}</span>
    </time>
  );
}
