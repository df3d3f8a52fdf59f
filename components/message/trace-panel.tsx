import { Time } from "@/components/ui/time";
import { UntrustedText } from "@/components/ui/untrusted-text";
import type { Trace, TraceSide } from "@/lib/investigate/trace";
import { Empty, Section } from "./section";

function Side({ title, side }: { title: string; side: TraceSide }) {
  return (
    <div>
      <h3 className="mb-1 text-sm font-semibold">
        {title}
        {side.pending && <span className="font-normal"> (still in progress)</span>}
      </h3>
      {side.lines.length === 0 ? (
        <Empty>No lines.</Empty>
      ) : (
        <ol className="max-h-72 overflow-auto rounded bg-zinc-50 p-2 font-mono text-xs dark:bg-zinc-900">
          {side.lines.map((line, index) => (
            <li key={index} data-testid="trace-line" className="break-all whitespace-pre-wrap">
              <span className="text-zinc-700 dark:text-zinc-300">
                <Time iso={line.logged_at} />{" "}
              </span>
              <UntrustedText text={line.message} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export function TracePanel({ trace }: { trace: Trace | null }) {
  return (
    <Section title="Trace" id="trace">
      {trace ? (
        <div className="grid gap-4 lg:grid-cols-2">
          <Side title="Inbound" side={trace.inbound} />
          <Side title="Outbound" side={trace.outbound} />
        </div>
      ) : (
        <Empty>The trace is missing: Cloudflare did not answer.</Empty>
      )}
    </Section>
  );
}
