import type { ReactNode } from "react";
import { CopyButton } from "./copy-button";

/** An indicator (address, domain, IP, hash, id) shown as text with a one-click copy of its exact value. */
export function Indicator({ value, name, display }: { value: string | null; name: string; display?: ReactNode }) {
  if (!value) return <span className="text-zinc-600 dark:text-zinc-400">—</span>;
  return (
    <span className="inline-flex max-w-full items-center gap-1.5">
      <span className="min-w-0 font-mono text-sm break-all">{display ?? value}</span>
      <CopyButton value={value} label={`Copy ${name}`} />
    </span>
  );
}
