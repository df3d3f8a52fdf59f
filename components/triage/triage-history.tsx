"use client";

import { Time } from "@/components/ui/time";
import { UntrustedText } from "@/components/ui/untrusted-text";
import type { TriageAnswer } from "@/lib/triage/triage-answer";
import { TriageNote } from "./triage-note";
import { STATUS_LABELS, VERDICT_LABELS, type TriageStatus, type Verdict } from "@/lib/triage/triage-values";

type Line = TriageAnswer["history"][number];

type Props = Pick<TriageAnswer, "history" | "notes"> & {
  /** Who is looking: their own young notes can be edited through `onEditNote`. */
  viewerId?: string;
  onEditNote?: (noteId: number, text: string) => Promise<boolean>;
};

/**
 * Every change and note, oldest first, with who and when. A note's line shows the note as it is now
 * (notes and their "added" lines are both in writing order); an edit's line shows the words it replaced.
 * Notes are people's text: shown inert.
 */
export function TriageHistory({ history, notes, viewerId, onEditNote }: Props) {
  if (history.length === 0) return <p className="text-sm text-zinc-700 dark:text-zinc-300">No one has triaged this message yet.</p>;
  let noteIndex = 0;
  return (
    <div>
      <h3 className="mb-2 text-sm font-semibold">History</h3>
      <ol className="flex flex-col gap-2 text-sm" aria-label="Triage history">
        {history.map((line, index) => {
          const added = line.field === "note" && line.before === null;
          const note = added ? notes[noteIndex++] : undefined;
          return (
            <li key={index} className="border-l-2 border-zinc-200 pl-3 dark:border-zinc-700">
              <span className="text-zinc-700 dark:text-zinc-300">
                <Time iso={line.at} /> · {line.who.name}
              </span>{" "}
              {note ? (
                <>
                  added a note:
                  <TriageNote key={`${note.id}-${note.editedAt}`} note={note} viewerId={viewerId ?? null} onEdit={onEditNote} />
                </>
              ) : line.field === "note" ? (
                <>
                  edited their note; it read:
                  <p className="mt-1 whitespace-pre-wrap break-words text-zinc-700 dark:text-zinc-300">
                    <UntrustedText text={line.before ?? ""} />
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
  if (line.field === "action") return line.after ?? "acted on it";
  return "changed it";
}
