"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { MAX_NOTE } from "@/lib/triage/triage-values";

/** Its author's form to reword a note; `onSave` says whether it was saved (the form stays open if not). */
export function NoteEditor({ body, onSave, onCancel }: { body: string; onSave: (text: string) => Promise<boolean>; onCancel: () => void }) {
  const [text, setText] = useState(body);
  return (
    <form
      className="mt-1 flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) void onSave(text);
      }}
    >
      <Field label="Your note" hint="The words you replace stay in the history.">
        {(control) => <textarea {...control} autoFocus rows={3} className={inputClass} value={text} maxLength={MAX_NOTE} onChange={(event) => setText(event.target.value)} />}
      </Field>
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={!text.trim() || text.trim() === body}>
          Save note
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
