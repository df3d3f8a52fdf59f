import "server-only";
import type { MessageSnapshot } from "@/lib/triage/triage";
import { getInvestigator } from "./investigator";

/** What triage keeps of a message from Cloudflare, so the queue lists it without asking again; asked by
 *  a postfix id, Cloudflare names the investigate id that keys the record. */
export async function loadMessageSnapshot(id: string, signal?: AbortSignal): Promise<MessageSnapshot> {
  const message = await getInvestigator().message(id, signal);
  const time = message.scanned_at ?? message.sent_at;
  return {
    messageId: message.id,
    postfixId: message.postfix_id ?? null,
    subject: message.subject,
    sender: message.from ?? message.envelope_from,
    recipients: message.to.length > 0 ? message.to : message.envelope_to,
    disposition: message.final_disposition ?? null,
    receivedAt: time ? new Date(time) : null,
  };
}
