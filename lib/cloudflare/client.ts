import "server-only";
import { createContext, type CloudflareClientOptions } from "./context";
import {
  createPreview,
  getActionLog,
  getDetections,
  getMessage,
  getPreview,
  getRaw,
  getTrace,
  type GetMessageOptions,
} from "./message-endpoints";
import type { RateLimitReading } from "./rate-limit-headers";
import {
  cancelBulkJob,
  getBulkJobMessages,
  createBulkJob,
  getBulkJob,
  listSubmissions,
  moveMessage,
  moveMessages,
  releaseMessages,
  submitReports,
  type BulkJobMessageQuery,
  type BulkJobRequest,
  type Report,
} from "./remediation-endpoints";
import type { MoveDestination, SubmissionType, UpstreamBulkJob, UpstreamBulkJobMessage, UpstreamMoveResult, UpstreamReleaseResult, UpstreamSubmission } from "./schemas/remediation";
import { continueSearch, search, type CallOptions, type SearchOutcome, type PollProgress } from "./search";
import type { InvestigateQuery } from "./investigate-query";
import type { UpstreamDetections } from "./schemas/detections";
import type { UpstreamTrace } from "./schemas/message-extras";
import type { UpstreamActionEntry, UpstreamMessage } from "./schemas/message";

// The upstream client for Cloudflare Email Security's Investigate API: the one object the rest of the
// server talks to Cloudflare (or the embedded emulator) through. Failures are CloudflareError (errors.ts).

export type { CallOptions, CloudflareClientOptions, GetMessageOptions, RateLimitReading, SearchOutcome, PollProgress };
export type { CloudflareAuth } from "./context";

export type CloudflareClient = {
  search(query: InvestigateQuery, options?: CallOptions): Promise<SearchOutcome>;
  /** Continues a pending search where search() or an earlier continueSearch() left it. */
  continueSearch(location: string, progress: PollProgress, options?: CallOptions): Promise<SearchOutcome>;
  getMessage(id: string, options?: GetMessageOptions): Promise<UpstreamMessage>;
  getDetections(id: string, options?: CallOptions): Promise<UpstreamDetections>;
  getActionLog(id: string, options?: CallOptions): Promise<UpstreamActionEntry[]>;
  getTrace(id: string, options?: CallOptions): Promise<UpstreamTrace>;
  /** The EML as bytes while they arrive; resolves once it has begun (message-endpoints.ts). */
  getRaw(id: string, options?: CallOptions): Promise<ReadableStream<Uint8Array>>;
  /** A base64 PNG. */
  getPreview(id: string, options?: CallOptions): Promise<string>;
  /** A base64 PNG for a benign message, by postfix id. */
  createPreview(message: { id: string; postfixId: string }, options?: CallOptions): Promise<string>;
  /** Moves one message for every recipient: one result per recipient. Sent once (an action). */
  moveMessage(id: string, destination: MoveDestination, options?: CallOptions): Promise<UpstreamMoveResult[]>;
  /** Moves up to 1,000 messages by investigate id. */
  moveMessages(ids: readonly string[], destination: MoveDestination, options?: CallOptions): Promise<UpstreamMoveResult[]>;
  /** Releases up to 1,000 quarantined messages. */
  releaseMessages(ids: readonly string[], options?: CallOptions): Promise<UpstreamReleaseResult[]>;
  /** Reports messages Cloudflare got wrong (POST …/submissions, falling back to reclassify). */
  submitReports(reports: readonly Report[], type: SubmissionType, options?: CallOptions): Promise<{ via: "submissions" | "reclassify" }>;
  /** The latest submissions, with their outcome once reviewed. */
  listSubmissions(perPage?: number, options?: CallOptions): Promise<UpstreamSubmission[]>;
  /** A job that moves or releases every message a search finds; its progress; its cancel. */
  createBulkJob(job: BulkJobRequest, options?: CallOptions): Promise<UpstreamBulkJob>;
  getBulkJob(jobId: string, options?: CallOptions): Promise<UpstreamBulkJob>;
  cancelBulkJob(jobId: string, options?: CallOptions): Promise<UpstreamBulkJob>;
  getBulkJobMessages(jobId: string, query?: BulkJobMessageQuery, options?: CallOptions): Promise<UpstreamBulkJobMessage[]>;
  /** The latest Ratelimit reading from any answer, or null before the first. */
  rateLimit(): RateLimitReading | null;
};

export function createCloudflareClient(options: CloudflareClientOptions): CloudflareClient {
  const ctx = createContext(options);
  return {
    search: (params, callOptions) => search(ctx, params, callOptions),
    continueSearch: (location, progress, callOptions) => continueSearch(ctx, location, progress, callOptions),
    getMessage: (id, callOptions) => getMessage(ctx, id, callOptions),
    getDetections: (id, callOptions) => getDetections(ctx, id, callOptions),
    getActionLog: (id, callOptions) => getActionLog(ctx, id, callOptions),
    getTrace: (id, callOptions) => getTrace(ctx, id, callOptions),
    getRaw: (id, callOptions) => getRaw(ctx, id, callOptions),
    getPreview: (id, callOptions) => getPreview(ctx, id, callOptions),
    createPreview: (message, callOptions) => createPreview(ctx, message, callOptions),
    moveMessage: (id, destination, callOptions) => moveMessage(ctx, id, destination, callOptions),
    moveMessages: (ids, destination, callOptions) => moveMessages(ctx, ids, destination, callOptions),
    releaseMessages: (ids, callOptions) => releaseMessages(ctx, ids, callOptions),
    submitReports: (reports, type, callOptions) => submitReports(ctx, reports, type, callOptions),
    listSubmissions: (perPage, callOptions) => listSubmissions(ctx, perPage, callOptions),
    createBulkJob: (job, callOptions) => createBulkJob(ctx, job, callOptions),
    getBulkJob: (jobId, callOptions) => getBulkJob(ctx, jobId, callOptions),
    cancelBulkJob: (jobId, callOptions) => cancelBulkJob(ctx, jobId, callOptions),
    getBulkJobMessages: (jobId, query, callOptions) => getBulkJobMessages(ctx, jobId, query, callOptions),
    rateLimit: () => ctx.latestRateLimit(),
  };
}
