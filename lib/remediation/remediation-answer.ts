import { z } from "zod";
import type { UpstreamBulkJobMessage, UpstreamMoveResult, UpstreamReleaseResult, UpstreamSubmission } from "@/lib/cloudflare/schemas/remediation";
import type { ListedRequest } from "./remediation-records";
import { BULK_JOB_MESSAGE_STATUSES } from "./bulk-job-state";
import { MAX_JUSTIFICATION, MAX_REQUEST_MESSAGES, MISSED_DISPOSITIONS, MOVE_DESTINATIONS, REMEDIATION_ACTIONS, REPORT_KINDS, REQUEST_ID_PATTERN } from "./remediation-values";
import { standingOf } from "./request-standing";
import { MESSAGE_ID_PATTERN } from "@/lib/validation/message-id-pattern";

// What the remediation routes take and answer: the route reads bodies and sends answers through these
// schemas, the page reads the answers back. `repeated`: the same request came before, and this is what
// Cloudflare answered then (nothing was sent again).

const requestId = z.string().regex(REQUEST_ID_PATTERN, "must be the request's id, as the page made it");

export const moveBodySchema = z.object({
  requestId,
  destination: z.enum(MOVE_DESTINATIONS, { error: `must be one of ${MOVE_DESTINATIONS.join(", ")}` }),
});
export const releaseBodySchema = z.object({ requestId });

export const moveAnswerSchema = z.object({
  repeated: z.boolean(),
  results: z.array(z.object({ recipient: z.string().nullable(), success: z.boolean(), destination: z.string().nullable(), completedAt: z.string().nullable(), status: z.string().nullable() })),
});
export type MoveAnswer = z.infer<typeof moveAnswerSchema>;

export const releaseAnswerSchema = z.object({
  repeated: z.boolean(),
  delivered: z.array(z.string()),
  failed: z.array(z.string()),
  undelivered: z.array(z.string()),
});
export type ReleaseAnswer = z.infer<typeof releaseAnswerSchema>;

export function toMoveAnswer(results: UpstreamMoveResult[], repeated: boolean): MoveAnswer {
  return {
    repeated,
    results: results.map((one) => ({
      recipient: one.recipient ?? null,
      success: one.success,
      destination: one.destination ?? null,
      completedAt: one.completed_at ?? one.completed_timestamp ?? null,
      status: one.status ?? null,
    })),
  };
}

export function toReleaseAnswer(results: UpstreamReleaseResult[], repeated: boolean): ReleaseAnswer {
  const all = (pick: (one: UpstreamReleaseResult) => string[] | null | undefined) => results.flatMap((one) => pick(one) ?? []);
  return { repeated, delivered: all((one) => one.delivered), failed: all((one) => one.failed), undelivered: all((one) => one.undelivered) };
}

const person = z.object({ id: z.string(), name: z.string() });

/**
 * A request for many messages, as the routes take it: the chosen messages (`ids`), or every message a
 * search finds (`search`, the query of GET /api/messages with a fixed start and end, read by the route).
 */
export const manyBodySchema = z
  .object({
    requestId,
    action: z.enum(REMEDIATION_ACTIONS, { error: `must be one of ${REMEDIATION_ACTIONS.join(", ")}` }),
    ids: z
      .array(z.string().regex(MESSAGE_ID_PATTERN, "must be message ids"))
      .min(1, "must name at least one message")
      .max(MAX_REQUEST_MESSAGES, `must name at most ${MAX_REQUEST_MESSAGES} messages`)
      .refine((ids) => new Set(ids).size === ids.length, "must name each message once")
      .optional(),
    search: z
      .record(z.string().max(40, "must use the search's parameter names"), z.string().max(4096, "must be at most 4,096 characters each"))
      .refine((search) => Object.keys(search).length <= 40, "must have at most 40 parameters")
      .optional(),
    destination: z.enum(MOVE_DESTINATIONS, { error: `must be one of ${MOVE_DESTINATIONS.join(", ")}` }).optional(),
    justification: z.string().trim().min(1, "is required: say why these messages are acted on").max(MAX_JUSTIFICATION, `must be at most ${MAX_JUSTIFICATION} characters`),
  })
  .refine((body) => body.action !== "move" || body.destination !== undefined, { path: ["destination"], message: "is required to move messages" })
  .refine((body) => (body.ids === undefined) !== (body.search === undefined), { path: ["ids"], message: "name the messages (ids) or a search (search), not both and not neither" });

/** A bulk job's status and counters, as the page shows its progress. */
export const jobAnswerSchema = z.object({
  id: z.string(),
  status: z.string(),
  discovered: z.number(),
  pending: z.number(),
  successful: z.number(),
  failed: z.number(),
  skipped: z.number(),
  cancelled: z.number(),
  statusMessage: z.string().nullable(),
  completedAt: z.string().nullable(),
});

export const JOB_MESSAGES_PER_PAGE = 100;
export const jobMessagesQuerySchema = z.object({
  status: z.enum(BULK_JOB_MESSAGE_STATUSES, { error: `must be one of ${BULK_JOB_MESSAGE_STATUSES.join(", ")}` }).optional(),
  page: z.coerce.number({ error: "must be a page number" }).int("must be a whole number").min(1, "must be at least 1").max(10_000, "must be at most 10,000").optional(),
});

/** A page of a job's messages: each with its status and Cloudflare's reason for a failure or a skip. */
export const jobMessagesAnswerSchema = z.object({
  messages: z.array(z.object({ messageId: z.string().nullable(), recipient: z.string().nullable(), status: z.string(), reason: z.string().nullable(), processedAt: z.string().nullable() })),
  page: z.number(),
  perPage: z.number(),
});
export type JobMessagesAnswer = z.infer<typeof jobMessagesAnswerSchema>;

export function toJobMessagesAnswer(rows: UpstreamBulkJobMessage[], page: number, perPage: number): JobMessagesAnswer {
  return {
    messages: rows.map((one) => ({
      messageId: one.message_id ?? one.postfix_id ?? null,
      recipient: one.action_params?.client_recipient ?? null,
      status: one.status,
      reason: one.status_message ?? null,
      processedAt: one.processed_at ?? null,
    })),
    page,
    perPage,
  };
}

export const decisionBodySchema = z.object({ reason: z.string().trim().max(MAX_JUSTIFICATION, `must be at most ${MAX_JUSTIFICATION} characters`).optional() });
export const rejectionBodySchema = z.object({ reason: z.string().trim().min(1, "is required: say why it is rejected").max(MAX_JUSTIFICATION, `must be at most ${MAX_JUSTIFICATION} characters`) });

export const requestAnswerSchema = z.object({
  id: z.string(),
  action: z.string(),
  destination: z.string().nullable(),
  /** How many messages were chosen; for a whole search, 0 (Cloudflare discovers them: see `job`). */
  count: z.number(),
  /** For a whole-search request: the search (Cloudflare's names), and its job once approved. */
  search: z.record(z.string(), z.union([z.string(), z.boolean()])).nullable(),
  job: jobAnswerSchema.nullable(),
  justification: z.string().nullable(),
  requestedBy: person,
  /** pending_approval, expired, rejected, sending, done or failed. */
  status: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  decidedBy: person.nullable(),
  decisionReason: z.string().nullable(),
  succeeded: z.number().nullable(),
  failed: z.number().nullable(),
  failure: z.string().nullable(),
});
export type RequestAnswer = z.infer<typeof requestAnswerSchema>;
export const requestListSchema = z.object({ requests: z.array(requestAnswerSchema), threshold: z.number() });

export function toRequestAnswer(row: ListedRequest, now = new Date()): RequestAnswer {
  return {
    id: row.id,
    action: row.action,
    destination: row.destination,
    count: row.messageIds.length,
    search: row.search,
    job: row.job,
    justification: row.justification,
    requestedBy: { id: row.requestedById, name: row.requestedByName },
    status: standingOf(row, now),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    decidedBy: row.decidedById ? { id: row.decidedById, name: row.decidedByName ?? row.decidedById } : null,
    decisionReason: row.decisionReason,
    succeeded: row.succeeded,
    failed: row.failed,
    failure: row.failure,
  };
}

export const reportBodySchema = z.object({
  requestId,
  kind: z.enum(REPORT_KINDS, { error: `must be one of ${REPORT_KINDS.join(", ")}` }),
  /** For a missed detection: what the message is. */
  disposition: z.enum(MISSED_DISPOSITIONS, { error: `must be one of ${MISSED_DISPOSITIONS.join(", ")}` }).optional(),
});
export const reportAnswerSchema = z.object({ repeated: z.boolean(), via: z.string() });
export type ReportAnswer = z.infer<typeof reportAnswerSchema>;

/** Cloudflare's submissions as the dashboard lists them. */
export const submissionsAnswerSchema = z.object({
  submissions: z.array(
    z.object({
      id: z.string(),
      requestedAt: z.string().nullable(),
      postfixId: z.string().nullable(),
      originalDisposition: z.string().nullable(),
      requestedDisposition: z.string().nullable(),
      outcomeDisposition: z.string().nullable(),
      outcome: z.string().nullable(),
      status: z.string().nullable(),
    }),
  ),
});
export type SubmissionsAnswer = z.infer<typeof submissionsAnswerSchema>;

export function toSubmissionsAnswer(list: UpstreamSubmission[]): SubmissionsAnswer {
  return {
    submissions: list.map((one) => ({
      id: one.submission_id,
      requestedAt: one.requested_at ?? one.requested_ts ?? null,
      postfixId: one.original_postfix_id ?? null,
      originalDisposition: one.original_disposition ?? null,
      requestedDisposition: one.requested_disposition ?? null,
      outcomeDisposition: one.outcome_disposition ?? null,
      outcome: one.outcome ?? null,
      status: one.status ?? one.customer_status ?? null,
    })),
  };
}
