import { z } from "zod";

// What the post-delivery actions answer (docs/cloudflare-api.md#endpoints, rows 9, 10 and 12), read
// tolerantly: fields Cloudflare deprecated (completed_timestamp, item_count, postfix_id) may still come.

export { MOVE_DESTINATIONS, type MoveDestination } from "./enums";

/** One recipient's result of a move (MoveResponseItem): one per recipient, inferred from its `recipient`. */
export const moveResultSchema = z.looseObject({
  success: z.boolean(),
  completed_at: z.string().nullish(),
  /** Deprecated, use completed_at. */
  completed_timestamp: z.string().nullish(),
  destination: z.string().nullish(),
  message_id: z.string().nullish(),
  operation: z.string().nullish(),
  recipient: z.string().nullish(),
  status: z.string().nullish(),
});
export const moveAnswerSchema = z.array(moveResultSchema);
export type UpstreamMoveResult = z.infer<typeof moveResultSchema>;

/** One message's result of a release. */
export const releaseResultSchema = z.looseObject({
  id: z.string().nullish(),
  /** Deprecated, use id. */
  postfix_id: z.string().nullish(),
  delivered: z.array(z.string()).nullish(),
  failed: z.array(z.string()).nullish(),
  undelivered: z.array(z.string()).nullish(),
});
export const releaseAnswerSchema = z.array(releaseResultSchema);
export type UpstreamReleaseResult = z.infer<typeof releaseResultSchema>;

/** What a report may ask a message to be (reclassify's set; the new endpoint's is not public). */
export const EXPECTED_DISPOSITIONS = ["NONE", "BULK", "MALICIOUS", "SPAM", "SPOOF", "SUSPICIOUS"] as const;
export type ExpectedDisposition = (typeof EXPECTED_DISPOSITIONS)[number];
export type SubmissionType = "reclassification" | "missed_detection";

/** One submission as GET …/email-security/submissions lists it (docs/cloudflare-api.md §1.5). */
export const submissionSchema = z.looseObject({
  submission_id: z.string(),
  requested_at: z.string().nullish(),
  /** Deprecated, use requested_at. */
  requested_ts: z.string().nullish(),
  original_postfix_id: z.string().nullish(),
  original_disposition: z.string().nullish(),
  requested_disposition: z.string().nullish(),
  outcome_disposition: z.string().nullish(),
  outcome: z.string().nullish(),
  customer_status: z.string().nullish(),
  status: z.string().nullish(),
  type: z.string().nullish(),
  subject: z.string().nullish(),
});
export const submissionListSchema = z.array(submissionSchema);
export type UpstreamSubmission = z.infer<typeof submissionSchema>;

/** A job over every message a search finds: BulkJobDetail (docs/cloudflare-api.md §1.1, §1.4). */
export const bulkJobSchema = z.looseObject({
  job_id: z.string(),
  action_type: z.string().nullish(),
  status: z.string(),
  created_at: z.string().nullish(),
  started_at: z.string().nullish(),
  completed_at: z.string().nullish(),
  comment: z.string().nullish(),
  status_message: z.string().nullish(),
  total_messages_discovered: z.number().nullish(),
  messages_pending: z.number().nullish(),
  messages_successful: z.number().nullish(),
  messages_failed: z.number().nullish(),
  /** Added after the seeds: messages the job cannot act on, and those a cancel left. */
  messages_skipped: z.number().nullish(),
  messages_cancelled: z.number().nullish(),
});
export type UpstreamBulkJob = z.infer<typeof bulkJobSchema>;

/** One message of a bulk job (GET …/bulk/{job_id}/messages, docs/cloudflare-api.md §1.1 #18). */
export const bulkJobMessageSchema = z.looseObject({
  message_id: z.string().nullish(),
  postfix_id: z.string().nullish(),
  status: z.string(),
  status_message: z.string().nullish(),
  processed_at: z.string().nullish(),
  action_params: z.looseObject({ client_recipient: z.string().nullish() }).nullish(),
});
export const bulkJobMessagesSchema = z.array(bulkJobMessageSchema);
export type UpstreamBulkJobMessage = z.infer<typeof bulkJobMessageSchema>;
