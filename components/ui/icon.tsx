import type { IconName } from "./icon-names";

/** One of the app's icons (./icon-names.ts), beside words that say what it means: hidden from screen
 *  readers, in the text's colour, 1em square unless `className` sizes it. */
export function Icon({ name, className = "size-4" }: { name: IconName; className?: string }) {
  return (
    <svg aria-hidden="true" focusable="false" className={`shrink-0 ${className}`}>
      <use href={`/icons.svg#${name}`} />
    </svg>
  );
}
