import type { LinkDraft } from "./draft";
import type { AttachmentRecord, SearchIndex, WireMessage } from "./record";
import { SEPARATOR } from "./record";

// The lower-cased text `query` searches (the fields Cloudflare first listed for it) and the address and domain lists the
// sender/recipient/domain filters use: what the wire object shows, plus CC and attachments, which come
// from the message itself (raw EML, /detections) as upstream indexes them.

/** The wire fields the index reads; see indexSourceFromWire and assemble.ts's fast path. */
export type IndexSource = {
  readonly alert_id?: string | null;
  readonly from?: string | null;
  readonly envelope_from?: string | null;
  readonly from_name?: string | null;
  readonly final_disposition?: string | null;
  readonly detection_reasons?: readonly string[] | null;
  readonly replyto?: string | null;
  readonly to?: readonly string[] | null;
  readonly envelope_to?: readonly string[] | null;
  readonly to_name?: readonly string[] | null;
  readonly client_recipients?: readonly string[] | null;
  readonly message_id?: string | null;
  readonly smtp_helo_server_ip?: string | null;
  readonly smtp_previous_hop_ip?: string | null;
  readonly x_originating_ip?: string | null;
  readonly subject?: string | null;
  readonly post_delivery_operations?: readonly string[] | null;
  readonly delivery_status?: readonly string[] | null;
  /** Operations of the embedded action log. */
  readonly logOperations: readonly string[];
};

export type IndexExtras = {
  readonly cc: readonly string[];
  readonly attachments: readonly AttachmentRecord[];
  readonly links: readonly LinkDraft[];
  readonly stamp: string | null;
  readonly sentStamp: string | null;
};

/** The embedded log's older name for a release. */
const OPERATION_ALIASES: Record<string, string> = { RELEASE: "QUARANTINE_RELEASE" };

function push(out: string[], value: unknown): void {
  if (typeof value === "string" && value !== "") out.push(value);
}

function pushAll(out: string[], values: readonly unknown[] | null | undefined): void {
  if (values) for (const value of values) push(out, value);
}

const wrap = (values: readonly string[]) => (values.length === 0 ? "" : `${SEPARATOR}${values.join(SEPARATOR)}${SEPARATOR}`);

/** The host of a URL without the cost of `new URL` (20,000 messages are indexed at start-up). */
export function hostOf(href: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^:/?#]+)/i.exec(href);
  return match?.[1]?.toLowerCase() ?? "";
}

export function indexSourceFromWire(message: WireMessage): IndexSource {
  const logOperations: string[] = [];
  if (Array.isArray(message.action_log)) {
    for (const entry of message.action_log as unknown[]) {
      const operation = typeof entry === "object" && entry !== null ? (entry as { operation?: unknown }).operation : undefined;
      if (typeof operation === "string") logOperations.push(operation);
    }
  }
  return { ...message, logOperations };
}

export function buildSearchIndex(message: IndexSource, extras: IndexExtras): SearchIndex {
  const fields: string[] = [];
  push(fields, message.alert_id);
  pushAll(fields, extras.cc);
  push(fields, message.from);
  push(fields, message.envelope_from);
  push(fields, message.from_name);
  push(fields, message.final_disposition);
  for (const attachment of extras.attachments) fields.push(attachment.md5, attachment.sha1, attachment.sha256, attachment.name);
  for (const reason of message.detection_reasons ?? []) {
    fields.push(reason);
    if (reason.includes("<b>")) fields.push(reason.replace(/<\/?b>/g, ""));
  }
  push(fields, extras.stamp);
  push(fields, extras.sentStamp);
  push(fields, message.replyto);
  pushAll(fields, message.to);
  pushAll(fields, message.envelope_to);
  pushAll(fields, message.to_name);
  push(fields, message.message_id);
  push(fields, message.smtp_helo_server_ip);
  push(fields, message.smtp_previous_hop_ip);
  push(fields, message.x_originating_ip);
  push(fields, message.subject);

  const senders: string[] = [];
  push(senders, message.from);
  push(senders, message.envelope_from);
  const recipients: string[] = [];
  pushAll(recipients, message.to);
  pushAll(recipients, message.envelope_to);
  pushAll(recipients, message.client_recipients);
  const operations: string[] = [];
  pushAll(operations, message.post_delivery_operations);
  for (const operation of message.logOperations) operations.push(OPERATION_ALIASES[operation] ?? operation);
  const linkDomains: string[] = [];
  for (const link of extras.links) push(linkDomains, hostOf(link.href));
  return {
    haystack: fields.join(SEPARATOR).toLowerCase(),
    senders: wrap(senders).toLowerCase(),
    recipients: wrap(recipients).toLowerCase(),
    linkDomains: wrap(linkDomains),
    // Operations and statuses are matched case-sensitively, as the enumerations are.
    operations: wrap(operations),
    deliveryStatus: wrap(message.delivery_status ?? []),
  };
}
