import { UntrustedText } from "@/components/ui/untrusted-text";
import type { ActionEntry } from "@/lib/investigate/message";
import { Time } from "@/components/ui/time";
import { Empty, Section } from "./section";

export function ActionLogTimeline({ entries, source }: { entries: readonly ActionEntry[]; source: "action_log" | "embedded" }) {
  const sorted = [...entries].sort((a, b) => (a.started_at ?? "").localeCompare(b.started_at ?? ""));
  return (
    <Section
      title="Action log"
      id="action-log"
      actions={source === "embedded" ? <span className="text-xs text-zinc-700 dark:text-zinc-300">From the embedded log (action log unavailable).</span> : undefined}
    >
      {sorted.length === 0 ? (
        <Empty>No actions after delivery.</Empty>
      ) : (
        <ol className="relative space-y-3 border-l border-zinc-300 pl-4 dark:border-zinc-700">
          {sorted.map((entry, index) => (
            <li key={index} data-testid="action-entry" className="text-sm">
              <p className="font-medium">
                {entry.operation ? <UntrustedText text={entry.operation} kind="name" /> : "Unknown operation"}{" "}
                <span className="font-normal">
                  — {entry.success === null ? entry.status ? <UntrustedText text={entry.status} kind="name" /> : "status unknown" : entry.success ? "succeeded" : "failed"}
                  {entry.status && entry.success !== null && (
                    <>
                      {" ("}
                      <UntrustedText text={entry.status} kind="name" />)
                    </>
                  )}
                </span>
              </p>
              <p className="text-xs text-zinc-700 dark:text-zinc-300">
                Started <Time iso={entry.started_at} />
                {entry.completed_at && (
                  <>
                    {" · completed "}
                    <Time iso={entry.completed_at} />
                  </>
                )}
              </p>
              {Object.keys(entry.properties).length > 0 && (
                <p className="font-mono text-xs break-all">
                  <UntrustedText
                    text={Object.entries(entry.properties)
                      .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`)
                      .join(" ")}
                  />
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
