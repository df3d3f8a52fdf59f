import type { Message } from "@/lib/investigate/message";
import type { UnreadableResult } from "@/lib/investigate/result-page";

// What one row of the results keeps of a message: the columns, the link, and what the exports write.
// Up to 50,000 rows stay in memory, so the rest of each message (findings, hashes, IPs) is dropped here;
// the message view asks for the whole message by id. Only the type comes from the schema: this runs in
// the browser, which should not load zod and the message schemas to copy sixteen fields.

export type ResultRow = Pick<
  Message,
  | "id"
  | "postfix_id"
  | "message_id"
  | "alert_id"
  | "scanned_at"
  | "from"
  | "from_name"
  | "to"
  | "to_name"
  | "subject"
  | "final_disposition"
  | "validation"
  | "threat_categories"
  | "is_quarantined"
  | "delivery_mode"
  | "delivery_status"
> & {
  /** Set on a row standing in for a result that cannot be shown: why, and its id if readable. */
  unreadable?: { reason: string; id: string | null };
};

export function toResultRow(message: Message): ResultRow {
  return {
    id: message.id,
    postfix_id: message.postfix_id,
    message_id: message.message_id,
    alert_id: message.alert_id,
    scanned_at: message.scanned_at,
    from: message.from,
    from_name: message.from_name,
    to: message.to,
    to_name: message.to_name,
    subject: message.subject,
    final_disposition: message.final_disposition,
    validation: message.validation,
    threat_categories: message.threat_categories,
    is_quarantined: message.is_quarantined,
    delivery_mode: message.delivery_mode,
    delivery_status: message.delivery_status,
  };
}

/**
 * The row in place of a result that cannot be shown. Its key is its place on its page, never the id it
 * claims, and every message field is empty, so nothing can link, filter, count or export it as mail.
 */
export function unreadableRow(result: UnreadableResult, pageKey: string): ResultRow {
  return {
    id: `unreadable:${pageKey}:${result.index}`,
    postfix_id: "",
    message_id: null,
    alert_id: null,
    scanned_at: null,
    from: null,
    from_name: null,
    to: [],
    to_name: [],
    subject: null,
    final_disposition: null,
    validation: { comment: null, dkim: null, dmarc: null, spf: null },
    threat_categories: [],
    is_quarantined: false,
    delivery_mode: null,
    delivery_status: [],
    unreadable: { reason: result.reason, id: result.id },
  };
}

/** The page's rows in Cloudflare's order: each unreadable result in its place among the messages. */
export function pageRows(messages: readonly Message[], unreadable: readonly UnreadableResult[], pageKey: string): ResultRow[] {
  const rows: ResultRow[] = [];
  const notes = [...unreadable].sort((a, b) => a.index - b.index);
  for (const message of messages) {
    for (let note = notes[0]; note && note.index <= rows.length; note = notes[0]) rows.push(unreadableRow(notes.shift() ?? note, pageKey));
    rows.push(toResultRow(message));
  }
  for (const note of notes) rows.push(unreadableRow(note, pageKey));
  return rows;
}

/** The rows that stand for messages: what exports and counts cover. */
export function messageRows(rows: readonly ResultRow[]): ResultRow[] {
  return rows.filter((row) => !row.unreadable);
}
