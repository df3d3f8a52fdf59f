import "server-only";
import type { ClientContext } from "./context";
import { messageIdSegment } from "./message-id";
import { withOlderBody } from "./older-body";
import { readResult } from "./read-envelope";
import { request } from "./request";
import type { CallOptions } from "./search";
import { isCloudflareError } from "./errors";
import {
  bulkJobMessagesSchema,
  bulkJobSchema,
  moveAnswerSchema,
  releaseAnswerSchema,
  submissionListSchema,
  type ExpectedDisposition,
  type MoveDestination,
  type SubmissionType,
  type UpstreamBulkJob,
  type UpstreamBulkJobMessage,
  type UpstreamMoveResult,
  type UpstreamReleaseResult,
  type UpstreamSubmission,
} from "./schemas/remediation";


// The post-delivery actions (docs/cloudflare-api.md#endpoints). Each is sent as an action: retried only
// after a 429, so a move or release is never sent twice by the client itself. expected_disposition is
// "nonfunctional" and ends on 2026-12-01: never sent. At most MAX_IDS messages a request.

export const MAX_IDS = 1_000;

function investigateUrl(ctx: ClientContext, suffix: string): URL {
  return new URL(`${ctx.scope.origin}${ctx.scope.allowedPrefix}investigate${suffix}`);
}

function submissionsUrl(ctx: ClientContext): URL {
  return new URL(`${ctx.scope.origin}${ctx.scope.allowedPrefix}submissions`);
}

/** Moves one message (investigate or postfix id) for every recipient: one result per recipient. */
export async function moveMessage(ctx: ClientContext, id: string, destination: MoveDestination, options: CallOptions = {}): Promise<UpstreamMoveResult[]> {
  const url = investigateUrl(ctx, `/${messageIdSegment(id)}/move`);
  const answer = await request(ctx, { method: "POST", url, body: JSON.stringify({ destination }), signal: options.signal, action: true });
  return readResult(answer, moveAnswerSchema, ctx.secrets);
}

/** Moves up to MAX_IDS messages by investigate id (`ids`; `postfix_ids` ended on 2026-11-01). */
export async function moveMessages(ctx: ClientContext, ids: readonly string[], destination: MoveDestination, options: CallOptions = {}): Promise<UpstreamMoveResult[]> {
  checkIds(ids);
  const answer = await request(ctx, { method: "POST", url: investigateUrl(ctx, "/move"), body: JSON.stringify({ destination, ids }), signal: options.signal, action: true });
  return readResult(answer, moveAnswerSchema, ctx.secrets);
}

/** Releases quarantined messages to their recipients, in the newest body `{ids}`, or the bare array of
 *  ids where Cloudflare refuses that body (./older-body.ts). */
export async function releaseMessages(ctx: ClientContext, ids: readonly string[], options: CallOptions = {}): Promise<UpstreamReleaseResult[]> {
  checkIds(ids);
  const send = (body: unknown) => request(ctx, { method: "POST", url: investigateUrl(ctx, "/release"), body: JSON.stringify(body), signal: options.signal, action: true });
  const answer = await withOlderBody(
    () => send({ ids }),
    () => send(ids),
  );
  return readResult(answer, releaseAnswerSchema, ctx.secrets);
}

function checkIds(ids: readonly string[]): void {
  if (ids.length === 0 || ids.length > MAX_IDS) throw new RangeError(`A request names 1 to ${MAX_IDS} messages, not ${ids.length}.`);
  for (const id of ids) messageIdSegment(id);
}

export type Report = { id: string; expectedDisposition: ExpectedDisposition };

/**
 * Reports messages Cloudflare got wrong, by POST …/submissions (the newest way); where that endpoint is
 * refused as unknown (404, 405), by the deprecated POST …/investigate/{id}/reclassify, one message at a
 * time. The new body's item shape is not public: `{id, expected_disposition}` is inferred
 * (docs/cloudflare-api.md §1.4). Says which way it went.
 */
export async function submitReports(ctx: ClientContext, reports: readonly Report[], type: SubmissionType, options: CallOptions = {}): Promise<{ via: "submissions" | "reclassify" }> {
  checkIds(reports.map((report) => report.id));
  const body = JSON.stringify({ type, messages: reports.map((report) => ({ id: report.id, expected_disposition: report.expectedDisposition })) });
  try {
    await request(ctx, { method: "POST", url: submissionsUrl(ctx), body, signal: options.signal, action: true });
    return { via: "submissions" };
  } catch (error) {
    if (!isCloudflareError(error) || (error.status !== 404 && error.status !== 405)) throw error;
  }
  for (const report of reports) {
    const url = investigateUrl(ctx, `/${messageIdSegment(report.id)}/reclassify`);
    await request(ctx, { method: "POST", url, body: JSON.stringify({ expected_disposition: report.expectedDisposition }), signal: options.signal, action: true });
  }
  return { via: "reclassify" };
}

/** The latest submissions, newest first (one page of up to `perPage`). */
export async function listSubmissions(ctx: ClientContext, perPage = 100, options: CallOptions = {}): Promise<UpstreamSubmission[]> {
  const url = submissionsUrl(ctx);
  url.searchParams.set("per_page", String(perPage));
  return readResult(await request(ctx, { method: "GET", url, signal: options.signal }), submissionListSchema, ctx.secrets);
}


export type BulkJobRequest = { action: "MOVE" | "RELEASE"; searchParams: Record<string, string | boolean>; destination?: MoveDestination; comment?: string };

/** Starts a job that moves or releases every message the search finds (201); never sent twice by the client. */
export async function createBulkJob(ctx: ClientContext, job: BulkJobRequest, options: CallOptions = {}): Promise<UpstreamBulkJob> {
  const body = JSON.stringify({ action: job.action, search_params: job.searchParams, destination: job.destination, comment: job.comment });
  return readResult(await request(ctx, { method: "POST", url: investigateUrl(ctx, "/bulk"), body, signal: options.signal, action: true }), bulkJobSchema, ctx.secrets);
}

export async function getBulkJob(ctx: ClientContext, jobId: string, options: CallOptions = {}): Promise<UpstreamBulkJob> {
  return readResult(await request(ctx, { method: "GET", url: investigateUrl(ctx, `/bulk/${messageIdSegment(jobId)}`), signal: options.signal }), bulkJobSchema, ctx.secrets);
}

export async function cancelBulkJob(ctx: ClientContext, jobId: string, options: CallOptions = {}): Promise<UpstreamBulkJob> {
  const url = investigateUrl(ctx, `/bulk/${messageIdSegment(jobId)}/cancel`);
  return readResult(await request(ctx, { method: "POST", url, body: "{}", signal: options.signal, action: true }), bulkJobSchema, ctx.secrets);
}

export type BulkJobMessageQuery = { page?: number; perPage?: number; status?: string };

/** One page of a job's messages, each with its status and Cloudflare's reason for a failure or a skip. */
export async function getBulkJobMessages(ctx: ClientContext, jobId: string, query: BulkJobMessageQuery = {}, options: CallOptions = {}): Promise<UpstreamBulkJobMessage[]> {
  const url = investigateUrl(ctx, `/bulk/${messageIdSegment(jobId)}/messages`);
  if (query.page) url.searchParams.set("page", String(query.page));
  if (query.perPage) url.searchParams.set("per_page", String(query.perPage));
  if (query.status) url.searchParams.set("status", query.status);
  return readResult(await request(ctx, { method: "GET", url, signal: options.signal }), bulkJobMessagesSchema, ctx.secrets);
}
