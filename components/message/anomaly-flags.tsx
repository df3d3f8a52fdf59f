import { Icon } from "@/components/ui/icon";
import { UntrustedText } from "@/components/ui/untrusted-text";
import type { Anomaly } from "@/lib/investigate/anomalies";

/** What stands out, each flag with what it saw; nothing at all for a message with none. */
export function AnomalyFlags({ flags }: { flags: readonly Anomaly[] }) {
  if (flags.length === 0) return null;
  return (
    <section aria-labelledby="anomalies-heading" className="rounded border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950/40">
      <h2 id="anomalies-heading" className="mb-1 flex items-center gap-1.5 text-sm font-semibold text-amber-900 dark:text-amber-100">
        <Icon name="triangle-exclamation-point" />
        What stands out
      </h2>
      <ul className="space-y-1 text-sm">
        {flags.map((flag) => (
          <li key={flag.kind} data-testid="anomaly" data-kind={flag.kind} className="flex flex-wrap gap-x-2">
            <span className="font-medium text-amber-950 dark:text-amber-50">{flag.title}</span>
            <span className="min-w-0 break-words text-zinc-800 dark:text-zinc-200">
              <UntrustedText text={flag.evidence} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
