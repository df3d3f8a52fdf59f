import type { MessageRecord } from "../generate/record";

// Reports that Cloudflare got a message wrong: a false positive (reclassification) or a missed detection.
// Each is listed by GET …/submissions, unreviewed at first and reviewed a little later with an outcome,
// as Cloudflare's team does in hours. Held per emulator, in memory.

/** What reclassify and a submission may ask for (docs/cloudflare-api.md#value-lists). */
export const EXPECTED_DISPOSITIONS = ["NONE", "BULK", "MALICIOUS", "SPAM", "SPOOF", "SUSPICIOUS"] as const;
export type SubmissionType = "reclassification" | "missed_detection";

export type WireSubmission = {
  submission_id: string;
  requested_at: string;
  original_postfix_id: string;
  original_disposition: string | null;
  requested_disposition: string;
  outcome_disposition: string | null;
  outcome: string | null;
  customer_status: "unreviewed" | "reviewed";
  status: "pending" | "reviewed";
  type: "Team";
  subject: string | null;
};

/** How long after its request a submission is reviewed. */
export const REVIEW_AFTER_MS = 2_000;

export class Submissions {
  private readonly list: { record: MessageRecord; requested: string; type: SubmissionType; at: number; id: string }[] = [];
  private next = 1;

  add(record: MessageRecord, requested: string, type: SubmissionType, now: number): string {
    const id = `sub-${String(this.next++).padStart(6, "0")}`;
    this.list.push({ record, requested, type, at: now, id });
    return id;
  }

  /** Newest first, as they stand at `now`. */
  view(now: number): WireSubmission[] {
    return this.list
      .map(({ record, requested, at, id }) => {
        const reviewed = now - at >= REVIEW_AFTER_MS;
        const original = record.key.disposition;
        // The review agrees with a report of a message left unflagged, and with a false positive of bulk mail;
        // other false positives keep their verdict.
        const agreed = original === null || original === "NONE" || original === "BULK" || requested !== "NONE";
        const outcomeDisposition = reviewed ? (agreed ? requested : original) : null;
        return {
          submission_id: id,
          requested_at: new Date(at).toISOString(),
          original_postfix_id: record.key.postfixId,
          original_disposition: original,
          requested_disposition: requested,
          outcome_disposition: outcomeDisposition,
          outcome: reviewed ? (agreed ? "Reclassified as requested" : "Original verdict confirmed") : null,
          customer_status: reviewed ? ("reviewed" as const) : ("unreviewed" as const),
          status: reviewed ? ("reviewed" as const) : ("pending" as const),
          type: "Team" as const,
          subject: record.key.subject,
        };
      })
      .reverse();
  }

  clear(): void {
    this.list.length = 0;
  }
}
