import { z } from "zod";
import { MAX_BULK, MAX_NOTE, MAX_REASON, MESSAGE_ID_PATTERN, TRIAGE_STATUSES, VERDICTS } from "./triage-values";

// What a person asks of a message's triage, as the API takes it. Every change names the version of the
// triage it was based on (0 before the first change): one based on an older version is refused. A bulk
// change names one change and, for each message, the version it was based on.

const version = z.number({ error: "must be the version of the triage you saw" }).int().min(0).max(1_000_000_000);
const reason = z.string().trim().max(MAX_REASON, `must be at most ${MAX_REASON} characters`).optional();
const verdict = z.enum(VERDICTS, { error: `must be one of ${VERDICTS.join(", ")}` });

const claim = z.object({ action: z.literal("claim") });
const release = z.object({ action: z.literal("release") });
const assign = z.object({
  action: z.literal("assign"),
  /** A principal id; null leaves the message unassigned. */
  to: z.string().min(1).max(300).nullable(),
});
const status = z.object({
  action: z.literal("status"),
  to: z.enum(TRIAGE_STATUSES, { error: `must be one of ${TRIAGE_STATUSES.join(", ")}` }),
  /** With "resolved": the verdict, unless the message has one already. */
  verdict: verdict.optional(),
  reason,
});
const judge = z.object({ action: z.literal("verdict"), verdict, reason });
const ACTIONS_ERROR = { error: "must be one of claim, release, assign, status, verdict" };

export const triageChangeSchema = z.discriminatedUnion(
  "action",
  [claim.extend({ version }), release.extend({ version }), assign.extend({ version }), status.extend({ version }), judge.extend({ version })],
  ACTIONS_ERROR,
);
export type TriageChange = z.infer<typeof triageChangeSchema>;
/** A change as a page builds it, before the version it is based on is added. */
export type TriageAction = TriageChange extends infer C ? (C extends unknown ? Omit<C, "version"> : never) : never;

export const bulkChangeSchema = z.object({
  change: z.discriminatedUnion("action", [claim, release, assign, status, judge], ACTIONS_ERROR),
  items: z
    .array(z.object({ id: z.string().regex(MESSAGE_ID_PATTERN, "must be a message id"), version }))
    .min(1, "must name at least one message")
    .max(MAX_BULK, `must name at most ${MAX_BULK} messages`)
    .refine((items) => new Set(items.map((item) => item.id)).size === items.length, "must name each message once"),
});
export type BulkChange = z.infer<typeof bulkChangeSchema>;

export const triageNoteSchema = z.object({
  text: z.string().trim().min(1, "must not be empty").max(MAX_NOTE, `must be at most ${MAX_NOTE} characters`),
});
