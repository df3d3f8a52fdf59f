"use client";

import { Time } from "@/components/ui/time";
import { UntrustedText } from "@/components/ui/untrusted-text";
import type { TriageAnswer } from "@/lib/triage/triage-answer";
import { STATUS_LABELS, VERDICT_LABELS, type TriageStatus, type Verdict } from "@/lib/triage/triage-values";

type Line = TriageAnswer["history"][number];

/** Every change and note, oldest first, with who and when. Notes are people's text: shown inert. */
export function TriageHistory({ history, notes }: Pick<TriageAnswer, "history" | "notes">) {
  if (history.length === 0) return <p className="text-sm text-zinc-700 dark:text-zinc-300">No one has triaged this message yet.</p>;
  let noteIndex = 0;
  return (
    <div>
      <h3 className="mb-2 text-sm font-semibold">History</h3>
      <ol className="flex flex-col gap-2 text-sm" aria-label="Triage history">
        {history.map((line, index) => {
          const note = line.field === "note" ? notes[noteIndex++] : undefined;
          return (
            <li key={index} className="border-l-2 border-zinc-200 pl-3 dark:border-zinc-700">
              <span className="text-zinc-700 dark:text-zinc-300">
                <Time iso={line.at} /> · {line.who.name}
              </span>{" "}
              {note ? (
                <>
                  added a note:
                  <p className="mt-1 whitespace-pre-wrap break-words">
                    <UntrustedText text={note.body} />
                  </p>
                </>
              ) : (
                describe(line)
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function describe(line: Line): string {
  if (line.field === "assignee") return line.after ? `assigned it to ${line.after}` : `released it (was ${line.before ?? "nobody"})`;
  if (line.field === "status") return `set the status to ${STATUS_LABELS[line.after as TriageStatus] ?? line.after}`;
  if (line.field === "verdict") {
    if (!line.after) return "cleared the verdict";
    const [verdict, ...reason] = line.after.split(": ");
    return `set the verdict to ${VERDICT_LABELS[verdict as Verdict] ?? verdict}${reason.length > 0 ? ` (${reason.join(": ")})` : ""}`;
  }
  return "changed it";
}
