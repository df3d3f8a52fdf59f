"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { UntrustedText } from "@/components/ui/untrusted-text";
import type { TriageAnswer } from "@/lib/triage/triage-answer";
import { MAX_NOTE, NOTE_EDIT_WINDOW_MS } from "@/lib/triage/triage-values";

type Note = TriageAnswer["notes"][number];

/** Someone's note, shown inert; its author may reword it while it is young (the server decides, too). */
export function TriageNote({ note, viewerId, onEdit }: { note: Note; viewerId: string | null; onEdit?: (noteId: number, text: string) => Promise<boolean> }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.body);
  const young = useBefore(Date.parse(note.createdAt) + NOTE_EDIT_WINDOW_MS);
  const editable = onEdit !== undefined && note.author.id === viewerId && young;
  if (editing && onEdit) {
    return (
      <form
        className="mt-1 flex flex-col gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) void onEdit(note.id, text).then((saved) => saved && setEditing(false));
        }}
      >
        <Field label="Your note" hint="The words you replace stay in the history.">
          {(control) => <textarea {...control} rows={3} className={inputClass} value={text} maxLength={MAX_NOTE} onChange={(event) => setText(event.target.value)} />}
        </Field>
        <div className="flex gap-2">
          <Button type="submit" variant="primary" disabled={!text.trim() || text.trim() === note.body}>
            Save note
          </Button>
          <Button onClick={() => (setEditing(false), setText(note.body))}>Cancel</Button>
        </div>
      </form>
    );
  }
  return (
    <>
      <p className="mt-1 whitespace-pre-wrap break-words">
        <UntrustedText text={note.body} />
      </p>
      {note.editedAt || editable ? (
        <p className="mt-1 flex items-center gap-2 text-xs text-zinc-700 dark:text-zinc-300">
          {note.editedAt ? <span>(edited)</span> : null}
          {editable ? (
            <Button className="px-2 py-0.5 text-xs" onClick={() => (setText(note.body), setEditing(true))}>
              Edit note
            </Button>
          ) : null}
        </p>
      ) : null}
    </>
  );
}

/** Whether `deadline` (a Date.now() value) is still to come; turns false when it passes. */
function useBefore(deadline: number): boolean {
  const [before, setBefore] = useState(() => Date.now() < deadline);
  useEffect(() => {
    const left = deadline - Date.now();
    if (left <= 0) return;
    const timer = setTimeout(() => setBefore(false), left);
    return () => clearTimeout(timer);
  }, [deadline]);
  return before;
}
