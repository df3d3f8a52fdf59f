"use client";

import { useId } from "react";
import { focusRing } from "@/components/ui/button";
import { zoneName, type TimeZoneMode } from "@/lib/preferences/time-zone";
import { setTimeZoneMode, useTimeZoneMode } from "@/lib/preferences/time-zone-store";
import { useHydrated } from "@/lib/preferences/stored-value";

/** Local time or UTC for every time on the page and in exports. */
export function TimeZoneSwitch() {
  const mode = useTimeZoneMode();
  const hydrated = useHydrated();
  // Its own group: a message over the results shows a second switch.
  const name = useId();
  const options: Array<[TimeZoneMode, string]> = [
    ["local", hydrated ? `Local (${zoneName("local")})` : "Local"],
    ["utc", "UTC"],
  ];
  return (
    <fieldset className="flex items-center gap-2 text-sm">
      <legend className="sr-only">Show times in</legend>
      <span aria-hidden="true" className="text-zinc-600 dark:text-zinc-400">
        Times:
      </span>
      {options.map(([value, label]) => (
        <label key={value} className={`flex items-center gap-1 rounded px-1 ${focusRing}`}>
          <input type="radio" name={name} value={value} checked={mode === value} onChange={() => setTimeZoneMode(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
