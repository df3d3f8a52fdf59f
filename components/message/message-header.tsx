import Link from "next/link";
import { DispositionBadge } from "@/components/ui/disposition-badge";
import { UntrustedText } from "@/components/ui/untrusted-text";
import { focusRing } from "@/components/ui/button";
import { Tooltip } from "@/components/ui/tooltip";
import { Time } from "@/components/ui/time";
import { TimeZoneSwitch } from "@/components/ui/time-zone-switch";
import type { Anomaly } from "@/lib/investigate/anomalies";
import type { ActionEntry, Finding, Message } from "@/lib/investigate/message";
import type { MessageState } from "@/lib/investigate/message-state";
import { AnomalyFlags } from "./anomaly-flags";
import { ticketText } from "@/lib/investigate/ticket";
import { HeaderActions } from "./header-actions";
import { SimilarByHash } from "./similar-by-hash";
import { pivotHref } from "./indicator";
import { MessageStateLine } from "./message-state-line";
import { routes } from "@/lib/routes";

type Props = {
  message: Message;
  findings: readonly Finding[];
  actionLog: readonly ActionEntry[];
  marks: readonly string[];
  backHref: string | null;
  state: MessageState;
  flags: readonly Anomaly[];
};

/** How many recipients the From → To line names before "and n more" (all are under Envelope). */
const RECIPIENTS_SHOWN = 3;

/** The top of the page, in the order of the judgement: what it is, who sent it to whom, where it is now, what stands out. */
export function MessageHeader({ message, findings, actionLog, marks, backHref, state, flags }: Props) {
  const path = routes.message(message.id);
  const recipients = message.to.length > 0 ? message.to : message.envelope_to;
  const sender = message.from ?? message.envelope_from;
  const domain = sender?.includes("@") ? sender.slice(sender.lastIndexOf("@") + 1) : null;
  return (
    <header className="space-y-2">
      <nav aria-label="Message navigation" className="text-sm">
        <Link href={backHref ?? routes.search()} className={`text-blue-800 underline dark:text-blue-300 ${focusRing}`}>
          {backHref ? "← Back to results" : "← Search messages"}
        </Link>
      </nav>
      <h1 data-testid="message-subject" className="text-xl font-semibold break-words">
        {message.subject ? <UntrustedText text={message.subject} marks={marks} /> : <span className="italic">(no subject)</span>}
      </h1>
      <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm" data-testid="from-to">
        <span className="text-zinc-700 dark:text-zinc-300">From</span>
        {message.from_name ? (
          <span className="font-medium">
            <UntrustedText text={message.from_name} marks={marks} />
          </span>
        ) : null}
        <span className="font-mono break-all">{sender ? <UntrustedText text={sender} kind="address" marks={marks} /> : "(no sender)"}</span>
        {domain ? (
          <span className="text-zinc-700 dark:text-zinc-300">
            (
            <Tooltip content="Search the last 30 days for mail from this domain">
              <Link href={pivotHref({ sender: domain })} className={`underline ${focusRing}`}>
                <UntrustedText text={domain} kind="address" />
              </Link>
            </Tooltip>
            )
          </span>
        ) : null}
        <span aria-hidden="true">→</span>
        <span className="sr-only">to</span>
        <span className="font-mono break-all">
          {recipients.length === 0 ? (
            "(no recipient)"
          ) : (
            <>
              {recipients.slice(0, RECIPIENTS_SHOWN).map((recipient, index) => (
                <span key={index}>
                  {index > 0 ? ", " : null}
                  <UntrustedText text={recipient} kind="address" />
                </span>
              ))}
              {recipients.length > RECIPIENTS_SHOWN ? <span className="font-sans"> and {recipients.length - RECIPIENTS_SHOWN} more</span> : null}
            </>
          )}
        </span>
      </p>
      <MessageStateLine state={state} />
      <SimilarMessages message={message} sender={sender} />
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span data-testid="disposition">
          <DispositionBadge disposition={message.final_disposition} />
        </span>
        <span>
          Sent <Time iso={message.sent_at} />
        </span>
        <span>
          Scanned <Time iso={message.scanned_at} />
        </span>
        <TimeZoneSwitch />
      </div>
      <AnomalyFlags flags={flags} />
      <HeaderActions
        path={path}
        ticket={ticketText({
          subject: message.subject,
          from: message.from,
          fromName: message.from_name,
          recipients,
          scannedAt: message.scanned_at,
          alertId: message.alert_id,
          disposition: message.final_disposition,
          validation: { spf: message.validation.spf, dkim: message.validation.dkim, dmarc: message.validation.dmarc },
          actions: actionLog.map((entry) => ({ operation: entry.operation, at: entry.completed_at ?? entry.started_at, success: entry.success, destination: typeof entry.properties.destination === "string" ? entry.properties.destination : null })),
          findings,
        })}
      />
    </header>
  );
}

/** The campaign a message may belong to: the searches (last 30 days) for the same sender and subject and
 *  for the same subject from anyone, and the messages around it with the same structure or EDF hash. */
function SimilarMessages({ message, sender }: { message: Message; sender: string | null }) {
  const subject = message.subject;
  const link = `text-blue-800 underline dark:text-blue-300 ${focusRing}`;
  return (
    <div className="flex flex-wrap gap-x-3 text-sm" data-testid="similar">
      <span className="text-zinc-700 dark:text-zinc-300">Similar messages:</span>
      {sender && subject ? (
        <Tooltip content="Search the last 30 days">
          <Link href={pivotHref({ sender, exact_subject: subject })} className={link}>
            same sender and subject
          </Link>
        </Tooltip>
      ) : null}
      {subject ? (
        <Tooltip content="Search the last 30 days">
          <Link href={pivotHref({ exact_subject: subject })} className={link}>
            same subject, any sender
          </Link>
        </Tooltip>
      ) : null}
      <SimilarByHash id={message.id} scannedAt={message.scanned_at} hashes={{ structure: message.htmltext_structure_hash, edf: message.edf_hash }} />
    </div>
  );
}
