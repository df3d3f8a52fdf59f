import "server-only";
import type { ClientContext } from "./context";
import { messageIdSegment } from "./message-id";
import { withOlderBody } from "./older-body";
import { rawFromAnswer } from "./raw-stream";
import { readResult } from "./read-envelope";
import { request } from "./request";
import type { CallOptions } from "./search";
import { detectionsSchema, type UpstreamDetections } from "./schemas/detections";
import { actionLogSchema, previewSchema, rawSchema, traceSchema, type UpstreamTrace } from "./schemas/message-extras";
import { upstreamMessageSchema, type UpstreamActionEntry, type UpstreamMessage } from "./schemas/message";

// The per-message endpoints (docs/cloudflare-api.md#endpoints). `id` is the search result's investigate id
// or a bare postfix id; it always travels as one URL-encoded path segment.

export type GetMessageOptions = CallOptions & {
  /** true: search the submissions datastore only; false or absent: the regular one only. */
  submission?: boolean;
};

function messageUrl(ctx: ClientContext, id: string, suffix = ""): URL {
  return new URL(`${ctx.scope.origin}${ctx.scope.allowedPrefix}investigate/${messageIdSegment(id)}${suffix}`);
}

async function get(ctx: ClientContext, url: URL, options: CallOptions) {
  return request(ctx, { method: "GET", url, signal: options.signal });
}

export async function getMessage(ctx: ClientContext, id: string, options: GetMessageOptions = {}): Promise<UpstreamMessage> {
  const url = messageUrl(ctx, id);
  if (options.submission !== undefined) url.searchParams.set("submission", String(options.submission));
  return readResult(await get(ctx, url, options), upstreamMessageSchema, ctx.secrets);
}

export async function getDetections(ctx: ClientContext, id: string, options: CallOptions = {}): Promise<UpstreamDetections> {
  return readResult(await get(ctx, messageUrl(ctx, id, "/detections"), options), detectionsSchema, ctx.secrets);
}

export async function getActionLog(ctx: ClientContext, id: string, options: CallOptions = {}): Promise<UpstreamActionEntry[]> {
  return readResult(await get(ctx, messageUrl(ctx, id, "/action_log"), options), actionLogSchema, ctx.secrets);
}

export async function getTrace(ctx: ClientContext, id: string, options: CallOptions = {}): Promise<UpstreamTrace> {
  return readResult(await get(ctx, messageUrl(ctx, id, "/trace"), options), traceSchema, ctx.secrets);
}

/**
 * The message as UTF-8 EML bytes while they arrive (non-benign messages only), within limits.stream.
 * Resolves once the EML has begun; a failure before that rejects as usual, one after it errors the stream.
 */
export async function getRaw(ctx: ClientContext, id: string, options: CallOptions = {}): Promise<ReadableStream<Uint8Array>> {
  const answer = await request(ctx, { method: "GET", url: messageUrl(ctx, id, "/raw"), signal: options.signal, stream: true });
  if (answer.body) return rawFromAnswer({ ...answer, body: answer.body });
  const raw = readResult(answer, rawSchema, ctx.secrets).raw;
  return new Blob([raw]).stream();
}

/** A base64 PNG of the body (non-benign messages only). */
export async function getPreview(ctx: ClientContext, id: string, options: CallOptions = {}): Promise<string> {
  return readResult(await get(ctx, messageUrl(ctx, id, "/preview"), options), previewSchema, ctx.secrets).screenshot;
}

/**
 * A base64 PNG for a benign message. The newest body names it by investigate id (`{id}`); where Cloudflare
 * refuses that body (400, 422), the older `{postfix_id}` is sent instead.
 */
export async function createPreview(ctx: ClientContext, message: { id: string; postfixId: string }, options: CallOptions = {}): Promise<string> {
  // The same floor as a path id, although they travel in the body.
  messageIdSegment(message.id);
  messageIdSegment(message.postfixId);
  const url = new URL(`${ctx.scope.origin}${ctx.scope.allowedPrefix}investigate/preview`);
  const send = (body: unknown) => request(ctx, { method: "POST", url, body: JSON.stringify(body), signal: options.signal });
  const answer = await withOlderBody(
    () => send({ id: message.id }),
    () => send({ postfix_id: message.postfixId }),
  );
  return readResult(answer, previewSchema, ctx.secrets).screenshot;
}
