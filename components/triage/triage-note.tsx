"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { UntrustedText } from "@/components/ui/untrusted-text";
import type { TriageAnswer } from "@/lib/triage/triage-answer";
import { NoteEditor } from "./note-editor";
import { NOTE_EDIT_WINDOW_MS } from "@/lib/triage/triage-values";


type Note = TriageAnswer["notes"][number];

/** Someone's note, shown inert; its author may reword it while it is young (the server decides, too). */
export function TriageNote({ note, viewerId, onEdit }: { note: Note; viewerId: string | null; onEdit?: (noteId: number, text: string) => Promise<boolean> }) {
  const [editing, setEditing] = useState(false);
  const young = useBefore(Date.parse(note.createdAt) + NOTE_EDIT_WINDOW_MS);
  const editable = onEdit !== undefined && note.author.id === viewerId && young;
  if (editing && onEdit) {
    const save = async (text: string) => {
      const saved = await onEdit(note.id, text);
      if (saved) setEditing(false);
      return saved;
    };
    return <NoteEditor body={note.body} onSave={save} onCancel={() => setEditing(false)} />;
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
            <Button className="px-2 py-0.5 text-xs" onClick={() => setEditing(true)}>
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
