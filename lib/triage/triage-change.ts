import { z } from "zod";
import { MAX_NOTE, MAX_REASON, TRIAGE_STATUSES, VERDICTS } from "./triage-values";

// What a person asks of a message's triage, as the API takes it. Every change names the version of the
// triage it was based on (0 before the first change): one based on an older version is refused.

const version = z.number({ error: "must be the version of the triage you saw" }).int().min(0).max(1_000_000_000);
const reason = z.string().trim().max(MAX_REASON, `must be at most ${MAX_REASON} characters`).optional();
const verdict = z.enum(VERDICTS, { error: `must be one of ${VERDICTS.join(", ")}` });

export const triageChangeSchema = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("claim"), version }),
    z.object({ action: z.literal("release"), version }),
    z.object({
      action: z.literal("assign"),
      version,
      /** A principal id; null leaves the message unassigned. */
      to: z.string().min(1).max(300).nullable(),
    }),
    z.object({
      action: z.literal("status"),
      version,
      to: z.enum(TRIAGE_STATUSES, { error: `must be one of ${TRIAGE_STATUSES.join(", ")}` }),
      /** With "resolved": the verdict, unless the message has one already. */
      verdict: verdict.optional(),
      reason,
    }),
    z.object({ action: z.literal("verdict"), version, verdict, reason }),
  ],
  { error: "must be one of claim, release, assign, status, verdict" },
);
export type TriageChange = z.infer<typeof triageChangeSchema>;

export const triageNoteSchema = z.object({
  text: z.string().trim().min(1, "must not be empty").max(MAX_NOTE, `must be at most ${MAX_NOTE} characters`),
});
