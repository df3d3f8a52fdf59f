import { z } from "zod";
import type { QueuePage } from "./triage";
import { TRIAGE_STATUSES, VERDICTS } from "./triage-values";

// A page of the queue as the API and the page give it: each message as it was kept at its first change,
// with where its triage stands.

export const queueAnswerSchema = z.object({
  rows: z.array(
    z.object({
      messageId: z.string(),
      postfixId: z.string().nullable(),
      subject: z.string().nullable(),
      sender: z.string().nullable(),
      recipients: z.array(z.string()),
      disposition: z.string().nullable(),
      receivedAt: z.string().nullable(),
      status: z.enum(TRIAGE_STATUSES),
      assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
      verdict: z.enum(VERDICTS).nullable(),
      /** What a change to the message names as the version it was based on. */
      version: z.number(),
      changedAt: z.string(),
    }),
  ),
  next: z.string().nullable(),
});
export type QueueAnswer = z.infer<typeof queueAnswerSchema>;
export type QueueAnswerRow = QueueAnswer["rows"][number];

export function toQueueAnswer(page: QueuePage): QueueAnswer {
  return {
    rows: page.rows.map((row) => ({
      messageId: row.messageId,
      postfixId: row.postfixId,
      subject: row.subject,
      sender: row.sender,
      recipients: row.recipients,
      disposition: row.disposition,
      receivedAt: row.receivedAt?.toISOString() ?? null,
      status: row.status as QueueAnswerRow["status"],
      assignee: row.assigneeId ? { id: row.assigneeId, name: row.assigneeName ?? row.assigneeId } : null,
      verdict: row.verdict as QueueAnswerRow["verdict"],
      version: row.version,
      changedAt: row.changedAt.toISOString(),
    })),
    next: page.next,
  };
}
