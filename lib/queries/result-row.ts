import type { z } from "zod";
import { messageSchema, type Message } from "@/lib/investigate/message";

// What one row of the results keeps of a message: the columns, the link, and what the exports write.
// Up to 50,000 rows stay in memory, so the rest of each message (findings, hashes, IPs) is dropped here;
// the message view asks for the whole message by id.

export const resultRowSchema = messageSchema.pick({
  id: true,
  postfix_id: true,
  message_id: true,
  alert_id: true,
  scanned_at: true,
  from: true,
  from_name: true,
  to: true,
  to_name: true,
  subject: true,
  final_disposition: true,
  validation: true,
  threat_categories: true,
  is_quarantined: true,
  delivery_mode: true,
  delivery_status: true,
});
export type ResultRow = z.infer<typeof resultRowSchema>;

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
