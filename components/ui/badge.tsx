import type { ReactNode } from "react";

export type BadgeTone = "red" | "orange" | "amber" | "green" | "blue" | "violet" | "zinc";

// Colour pairs chosen for 4.5:1 contrast in both themes (axe checks it).
const TONES: Record<BadgeTone, string> = {
  red: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
  orange: "bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-100",
  amber: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
  green: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100",
  blue: "bg-blue-100 text-blue-900 dark:bg-blue-950 dark:text-blue-100",
  violet: "bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-100",
  zinc: "bg-zinc-100 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-100",
};

// inline-block, not inline-flex: the same look for one line of text, without the anonymous box a flex
// container wraps its text in (the results table lays out four badges per row as rows scroll in).
export function Badge({ tone = "zinc", title, children }: { tone?: BadgeTone; title?: string; children: ReactNode }) {
  return (
    <span title={title} className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${TONES[tone]}`}>
      {children}
    </span>
  );
}
