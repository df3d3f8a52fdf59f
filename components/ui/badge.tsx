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

/** A tone as text colour alone, for tables that show a value in its tone without the badge's element:
 *  4.5:1 against the table's backgrounds (plain, hovered, selected) in both themes. */
export const TEXT_TONES: Record<BadgeTone, string> = {
  red: "text-red-800 dark:text-red-300",
  orange: "text-orange-800 dark:text-orange-300",
  amber: "text-amber-800 dark:text-amber-300",
  green: "text-green-800 dark:text-green-300",
  blue: "text-blue-800 dark:text-blue-300",
  violet: "text-violet-800 dark:text-violet-300",
  zinc: "text-zinc-700 dark:text-zinc-300",
};

// inline-block, not inline-flex: the same look for one line of text, without the anonymous box a flex
// container wraps its text in.
export function Badge({ tone = "zinc", title, children }: { tone?: BadgeTone; title?: string; children: ReactNode }) {
  return (
    <span title={title} className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${TONES[tone]}`}>
      {children}
    </span>
  );
}
