"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import type { RowSelection } from "@/components/selection/row-selection";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { UntrustedText } from "@/components/ui/untrusted-text";
import { requestMany } from "@/lib/queries/remediation";
import type { RequestAnswer } from "@/lib/remediation/remediation-answer";
import { DESTINATION_LABELS, DESTINATION_OPTIONS, MAX_JUSTIFICATION, type MoveDestination, type RemediationAction } from "@/lib/remediation/remediation-values";
import { routes } from "@/lib/routes";

// Acting on the rows picked in a list: the action, its target and a justification, then a review of
// exactly what will be asked (the action, the folder, the count, a sample of the messages, the
// justification) before anything is sent. Above the approval threshold the request waits for a second
// analyst on the Requests page; below it, it is sent at once.

const SAMPLE = 5;

export function BulkRemediation({ selection, subjectOf }: { selection: RowSelection; subjectOf: (id: string) => string | null }) {
  const [action, setAction] = useState<RemediationAction>("move");
  const [destination, setDestination] = useState<MoveDestination>("DeletedItems");
  const [justification, setJustification] = useState("");
  const [review, setReview] = useState<{ requestId: string; ids: string[] } | null>(null);
  const [sending, setSending] = useState(false);
  const [answer, setAnswer] = useState<RequestAnswer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (review) confirmRef.current?.focus();
  }, [review]);

  const count = selection.ids.length;
  const what = action === "move" ? `Move ${count.toLocaleString("en-US")} message${count === 1 ? "" : "s"} to ${DESTINATION_LABELS[destination]}` : `Release ${count.toLocaleString("en-US")} message${count === 1 ? "" : "s"} from quarantine`;

  async function send(request: { requestId: string; ids: string[] }) {
    setSending(true);
    setFailure(null);
    try {
      setAnswer(await requestMany({ requestId: request.requestId, action, ids: request.ids, destination: action === "move" ? destination : undefined, justification: justification.trim() }));
      setReview(null);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : "The request failed.");
    } finally {
      setSending(false);
    }
  }

  return (
    <section aria-label="Act on the selected messages" className="flex flex-col gap-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950">
      {!review ? (
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (!justification.trim()) return setMissing(true);
            setAnswer(null);
            setFailure(null);
            setReview({ requestId: crypto.randomUUID(), ids: selection.ids });
          }}
        >
          <Field label="Act on them">
            {(control) => (
              <select {...control} className={inputClass} value={action} onChange={(event) => setAction(event.target.value as RemediationAction)}>
                <option value="move">Move to a folder</option>
                <option value="release">Release from quarantine</option>
              </select>
            )}
          </Field>
          {action === "move" ? (
            <SelectField label="Folder" value={destination} onChange={(value) => value && setDestination(value)} options={DESTINATION_OPTIONS} />
          ) : null}
          <Field label="Justification (required)" error={missing && !justification.trim() ? "Say why these messages are acted on." : undefined} className="min-w-72 flex-1">
            {(control) => <input {...control} className={inputClass} value={justification} maxLength={MAX_JUSTIFICATION} onChange={(event) => setJustification(event.target.value)} />}
          </Field>
          <Button type="submit">Review…</Button>
        </form>
      ) : (
        <div role="group" aria-label="Review the request" className="flex flex-col gap-2">
          <p className="font-medium">{what}?</p>
          <p>
            Exactly {review.ids.length.toLocaleString("en-US")} selected message{review.ids.length === 1 ? "" : "s"}, for each of their recipients. Requests above the approval threshold wait for a second analyst.
          </p>
          <p>Among them:</p>
          <ul className="list-disc pl-5">
            {review.ids.slice(0, SAMPLE).map((id) => (
              <li key={id}>{subjectOf(id) ? <UntrustedText text={subjectOf(id) ?? ""} /> : <span className="font-mono">{id}</span>}</li>
            ))}
            {review.ids.length > SAMPLE ? <li>and {(review.ids.length - SAMPLE).toLocaleString("en-US")} more</li> : null}
          </ul>
          <p>
            Justification: <UntrustedText text={justification.trim()} />
          </p>
          <div className="flex gap-2">
            <Button ref={confirmRef} variant="primary" disabled={sending} onClick={() => void send(review)}>
              {sending ? "Sending…" : `Send the request (${review.ids.length.toLocaleString("en-US")} messages)`}
            </Button>
            <Button disabled={sending} onClick={() => setReview(null)}>
              Back
            </Button>
          </div>
        </div>
      )}
      <p role="status" aria-live="polite" className={failure ? "text-red-700 dark:text-red-400" : ""}>
        {failure ?? (answer ? outcome(answer) : "")}
      </p>
      {answer?.status === "pending_approval" ? (
        <p>
          <Link href={routes.remediation()} className="text-blue-700 underline dark:text-blue-400">
            See it among the requests
          </Link>
        </p>
      ) : null}
    </section>
  );
}

function outcome(answer: RequestAnswer): string {
  if (answer.status === "pending_approval") return `The request for ${answer.count.toLocaleString("en-US")} messages waits for a second analyst's approval.`;
  if (answer.status === "failed") return `The request failed: ${answer.failure ?? "no reason given"}.`;
  return `Done: ${answer.succeeded ?? 0} succeeded, ${answer.failed ?? 0} failed (per recipient for a move, per recipient delivered for a release).`;
}
