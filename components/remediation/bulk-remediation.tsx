"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { UntrustedText } from "@/components/ui/untrusted-text";
import { requestMany } from "@/lib/queries/remediation";
import type { RequestAnswer } from "@/lib/remediation/remediation-answer";
import { DESTINATION_LABELS, DESTINATION_OPTIONS, MAX_JUSTIFICATION, type MoveDestination, type RemediationAction } from "@/lib/remediation/remediation-values";
import { routes } from "@/lib/routes";
import { SearchWords } from "./search-words";

// Acting on many messages: the rows picked in a list, or every message a search finds (a Cloudflare bulk
// job). The action, its target and a justification, then a review of exactly what will be asked (the
// action, the folder, how many — exact for picked rows, discovered by Cloudflare for a search — a sample,
// the justification) before anything is sent. Above the approval threshold, and always for a whole
// search, the request waits for a second analyst on the Requests page; otherwise it is sent at once.

const SAMPLE = 5;

/** What a request acts on: the ids picked, or the search (its API query with a fixed start and end). */
export type BulkTarget = { kind: "rows"; ids: string[] } | { kind: "search"; search: Record<string, string>; loaded: string[] };
type Review = { requestId: string; target: BulkTarget };

export function BulkRemediation({ target, subjectOf, onClose }: { target: BulkTarget; subjectOf: (id: string) => string | null; onClose?: () => void }) {
  const [action, setAction] = useState<RemediationAction>("move");
  const [destination, setDestination] = useState<MoveDestination>("DeletedItems");
  const [justification, setJustification] = useState("");
  const [review, setReview] = useState<Review | null>(null);
  const [sending, setSending] = useState(false);
  const [answer, setAnswer] = useState<RequestAnswer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (review) confirmRef.current?.focus();
  }, [review]);

  const whole = review?.target.kind === "search";
  const sample = !review ? [] : review.target.kind === "rows" ? review.target.ids : review.target.loaded;
  const many = !review ? "" : review.target.kind === "rows" ? `${review.target.ids.length.toLocaleString("en-US")} message${review.target.ids.length === 1 ? "" : "s"}` : "every message this search finds";
  const what = action === "move" ? `Move ${many} to ${DESTINATION_LABELS[destination]}` : `Release ${many} from quarantine`;

  async function send({ requestId, target }: Review) {
    setSending(true);
    setFailure(null);
    try {
      const on = target.kind === "rows" ? { ids: target.ids } : { search: target.search };
      setAnswer(await requestMany({ requestId, action, ...on, destination: action === "move" ? destination : undefined, justification: justification.trim() }));
      setReview(null);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : "The request failed.");
    } finally {
      setSending(false);
    }
  }

  return (
    <section aria-label={target.kind === "rows" ? "Act on the selected messages" : "Act on every message of the search"} className="flex flex-col gap-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950">
      {!review ? (
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (!justification.trim()) return setMissing(true);
            setAnswer(null);
            setFailure(null);
            setReview({ requestId: crypto.randomUUID(), target });
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
          {onClose ? <Button onClick={onClose}>Close</Button> : null}
        </form>
      ) : (
        <div role="group" aria-label="Review the request" className="flex flex-col gap-2">
          <p className="font-medium">{what}?</p>
          {review.target.kind === "rows" ? (
            <p>
              Exactly {review.target.ids.length.toLocaleString("en-US")} selected message{review.target.ids.length === 1 ? "" : "s"}, for each of their recipients. Requests above the approval threshold wait for a second analyst.
            </p>
          ) : (
            <>
              <p>
                Every message of this search, for each of its recipients: <SearchWords search={review.target.search} />.
              </p>
              <p>
                Cloudflare discovers how many messages that is when the job runs ({review.target.loaded.length.toLocaleString("en-US")} are loaded here; the search may find more). A whole-search request always waits for a second
                analyst&apos;s approval, and then runs as a Cloudflare bulk job you can follow and cancel on the Requests page.
              </p>
            </>
          )}
          <p>Among them:</p>
          <ul className="list-disc pl-5" aria-label="A sample of the messages">
            {sample.slice(0, SAMPLE).map((id) => (
              <li key={id}>{subjectOf(id) ? <UntrustedText text={subjectOf(id) ?? ""} /> : <span className="font-mono">{id}</span>}</li>
            ))}
            {review.target.kind === "rows" && sample.length > SAMPLE ? <li>and {(sample.length - SAMPLE).toLocaleString("en-US")} more</li> : null}
            {whole ? <li>and every other message the search finds</li> : null}
          </ul>
          <p>
            Justification: <UntrustedText text={justification.trim()} />
          </p>
          <div className="flex gap-2">
            <Button ref={confirmRef} variant="primary" disabled={sending} onClick={() => void send(review)}>
              {sending ? "Sending…" : review.target.kind === "rows" ? `Send the request (${review.target.ids.length.toLocaleString("en-US")} messages)` : "Send the request (the whole search)"}
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
  const many = answer.search ? "every message of the search" : `${answer.count.toLocaleString("en-US")} messages`;
  if (answer.status === "pending_approval") return `The request for ${many} waits for a second analyst's approval.`;
  if (answer.status === "failed") return `The request failed: ${answer.failure ?? "no reason given"}.`;
  return `Done: ${answer.succeeded ?? 0} succeeded, ${answer.failed ?? 0} failed (per recipient for a move, per recipient delivered for a release).`;
}
