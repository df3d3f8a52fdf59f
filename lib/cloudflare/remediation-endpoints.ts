import "server-only";
import type { ClientContext } from "./context";
import { messageIdSegment } from "./message-id";
import { readResult } from "./read-envelope";
import { request } from "./request";
import type { CallOptions } from "./search";
import { moveAnswerSchema, releaseAnswerSchema, type MoveDestination, type UpstreamMoveResult, type UpstreamReleaseResult } from "./schemas/remediation";

// The post-delivery actions (docs/cloudflare-api.md#endpoints). Each is sent as an action: retried only
// after a 429, so a move or release is never sent twice by the client itself. expected_disposition is
// "nonfunctional" and ends on 2026-12-01: never sent. At most MAX_IDS messages a request.

export const MAX_IDS = 1_000;

function investigateUrl(ctx: ClientContext, suffix: string): URL {
  return new URL(`${ctx.scope.origin}${ctx.scope.allowedPrefix}investigate${suffix}`);
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

/** Releases quarantined messages to their recipients, in the newest body `{ids}`. */
export async function releaseMessages(ctx: ClientContext, ids: readonly string[], options: CallOptions = {}): Promise<UpstreamReleaseResult[]> {
  checkIds(ids);
  const answer = await request(ctx, { method: "POST", url: investigateUrl(ctx, "/release"), body: JSON.stringify({ ids }), signal: options.signal, action: true });
  return readResult(answer, releaseAnswerSchema, ctx.secrets);
}

function checkIds(ids: readonly string[]): void {
  if (ids.length === 0 || ids.length > MAX_IDS) throw new RangeError(`A request names 1 to ${MAX_IDS} messages, not ${ids.length}.`);
  for (const id of ids) messageIdSegment(id);
}
