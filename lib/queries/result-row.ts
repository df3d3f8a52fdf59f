import type { Message } from "@/lib/investigate/message";

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
>;

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
