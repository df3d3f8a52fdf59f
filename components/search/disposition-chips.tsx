"use client";

import { focusRing } from "@/components/ui/button";
import { Tooltip } from "@/components/ui/tooltip";
import { FILTER_DISPOSITIONS } from "@/lib/cloudflare/schemas/enums";

/** One click filters by a disposition (and runs the search); "Any" clears the filter. NONE (no
 *  detection) never matches while the search is for detections only: the chip says so. */
export function DispositionChips({ value, detectionsOnly, onSelect }: { value: string; detectionsOnly: boolean; onSelect: (value: string) => void }) {
  const choices: Array<[string, string]> = [["", "Any"], ...FILTER_DISPOSITIONS.map((d): [string, string] => [d, d])];
  return (
    <div role="group" aria-label="Disposition" className="flex flex-wrap items-center gap-1.5">
      <span className="mr-1 text-sm font-medium" aria-hidden="true">
        Disposition
      </span>
      {choices.map(([choice, label]) => {
        const pressed = value === choice;
        const hint = choice === "NONE" && detectionsOnly ? "NONE is mail without a detection: choosing it searches all mail" : null;
        return (
          <Tooltip key={label} content={hint}>
            <button
              type="button"
              aria-pressed={pressed}
              onClick={() => onSelect(choice)}
              className={`rounded-full border px-3 py-1 text-xs font-medium ${focusRing} ${
                pressed
                  ? "border-blue-700 bg-blue-700 text-white dark:border-blue-400 dark:bg-blue-400 dark:text-zinc-950"
                  : "border-zinc-400 bg-white text-zinc-800 hover:bg-zinc-100 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800"
              }`}
            >
              {label}
            </button>
          </Tooltip>
        );
      })}
    </div>
  );
}
