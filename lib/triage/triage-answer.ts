import { z } from "zod";
import type { TriageRecord } from "./triage-records";
import { TRIAGE_FIELDS, TRIAGE_STATUSES, VERDICTS } from "./triage-values";

// The triage API's one answer, the message's whole triage: the route sends it through this schema and
// the page reads it back.

const person = z.object({ id: z.string(), name: z.string() });

export const triageAnswerSchema = z.object({
  /** The investigate id that keys the record, whichever id it was asked by. */
  messageId: z.string(),
  status: z.enum(TRIAGE_STATUSES),
  assignee: person.nullable(),
  verdict: z.enum(VERDICTS).nullable(),
  verdictReason: z.string().nullable(),
  version: z.number(),
  changedAt: z.string().nullable(),
  history: z.array(z.object({ field: z.enum(TRIAGE_FIELDS), before: z.string().nullable(), after: z.string().nullable(), at: z.string(), who: person })),
  notes: z.array(z.object({ id: z.number(), author: person, body: z.string(), createdAt: z.string(), editedAt: z.string().nullable() })),
});
export type TriageAnswer = z.infer<typeof triageAnswerSchema>;

export function toTriageAnswer(record: TriageRecord): TriageAnswer {
  return {
    messageId: record.messageId,
    status: record.status,
    assignee: record.assignee,
    verdict: record.verdict,
    verdictReason: record.verdictReason,
    version: record.version,
    changedAt: record.changedAt?.toISOString() ?? null,
    history: record.history.map(({ field, before, after, at, who }) => ({ field, before, after, at: at.toISOString(), who })),
    notes: record.notes.map((note) => ({ ...note, createdAt: note.createdAt.toISOString(), editedAt: note.editedAt?.toISOString() ?? null })),
  };
}

