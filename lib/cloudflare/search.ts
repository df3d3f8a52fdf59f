import "server-only";
import { z } from "zod";
import { pollDueMs } from "./backoff";
import type { ClientContext } from "./context";
import { CloudflareError } from "./errors";
import { checkLocation } from "./location";
import { investigateQueryString, type InvestigateQuery } from "./investigate-query";
import { readableMessageId } from "./message-id";
import { describeIssues, parsePart, readEnvelope } from "./read-envelope";
import { pause, request } from "./request";
import { parseRetryAfter } from "./retry-after";
import { cursorResultInfoSchema, type CursorResultInfo } from "./schemas/envelope";
import { upstreamMessageSchema, type UpstreamMessage } from "./schemas/message";
import type { Answer } from "./transport";

// GET …/email-security/investigate, and its slow path: Cloudflare may answer 202 with a Location to poll
// (docs/cloudflare-api.md#slow-search). We poll it for at most pollBudgetMs, then hand the Location back
// so the route can answer 202 itself and continue later with continueSearch, holding no state here.
// Polls keep to the search's schedule (pollDueMs) across those requests: the caller hands back when
// the search started and how many polls it has spent, and a continuation that comes early waits or
// answers "pending" again without a call.

/** A result that fails the message schema: its place on the page, its id when it has a readable one. */
export type UnreadableItem = { index: number; id: string | null; problem: string };

export type SearchOutcome =
  | {
      kind: "page";
      /** The results that pass the message schema, in Cloudflare's order. */
      messages: UpstreamMessage[];
      /** The others: one odd result must not cost the analyst the rest of the page. */
      unreadable: UnreadableItem[];
      resultInfo: CursorResultInfo;
    }
  | {
      kind: "pending";
      /** The validated absolute URL to poll, for continueSearch. */
      location: string;
      /** When the search was first sent, on the client's clock. */
      startedAt: number;
      /** Polls spent so far, not counting the first call. */
      polls: number;
      /** How long before the next poll is due: the later of our schedule and Cloudflare's Retry-After. */
      retryAfterMs: number;
    };

export type CallOptions = { signal?: AbortSignal };

/** Where a pending search stands, as search() or continueSearch() last handed it back. */
export type PollProgress = { startedAt: number; polls: number };

const itemsSchema = z.array(z.unknown());

export async function search(ctx: ClientContext, query: InvestigateQuery, options: CallOptions = {}): Promise<SearchOutcome> {
  const url = new URL(`${ctx.scope.origin}${ctx.scope.allowedPrefix}investigate`);
  url.search = investigateQueryString(query);
  const startedAt = ctx.now();
  const answer = await request(ctx, { method: "GET", url, signal: options.signal });
  return followAnswer(ctx, answer, { startedAt, polls: 0, deadline: startedAt + ctx.pollBudgetMs }, options.signal);
}

/** Polls a Location that search() handed back, re-checking it first, when its next poll is due. */
export async function continueSearch(ctx: ClientContext, location: string, progress: PollProgress, options: CallOptions = {}): Promise<SearchOutcome> {
  const url = checkLocation(location, ctx.scope, `${ctx.scope.baseUrl}/`);
  return poll(ctx, url, { ...progress, deadline: ctx.now() + ctx.pollBudgetMs, notBefore: 0 }, options.signal);
}

type Polling = PollProgress & { deadline: number };

async function followAnswer(ctx: ClientContext, answer: Answer, polling: Polling, signal: AbortSignal | undefined): Promise<SearchOutcome> {
  if (answer.status !== 202) return readPage(answer, ctx.secrets);
  const header = answer.headers.get("location");
  if (!header) throw new CloudflareError("bad_response", "Cloudflare answered 202 without a Location to poll.", { status: 202 });
  const url = checkLocation(header, ctx.scope, answer.url);
  return poll(ctx, url, { ...polling, notBefore: notBefore(ctx, answer) }, signal);
}

async function poll(
  ctx: ClientContext,
  first: URL,
  polling: Polling & { notBefore: number },
  signal: AbortSignal | undefined,
): Promise<SearchOutcome> {
  const { startedAt, deadline } = polling;
  let { polls, notBefore: after } = polling;
  let url = first;
  for (;;) {
    const dueAt = Math.max(startedAt + pollDueMs(polls), after);
    if (dueAt > deadline) return { kind: "pending", location: url.href, startedAt, polls, retryAfterMs: Math.max(0, dueAt - ctx.now()) };
    if (dueAt > ctx.now()) await pause(ctx, dueAt - ctx.now(), signal);
    const answer = await request(ctx, { method: "GET", url, signal });
    polls++;
    if (answer.status !== 202) return readPage(answer, ctx.secrets);
    // A poll answered 202 without a new Location means "keep polling this one".
    const header = answer.headers.get("location");
    if (header) url = checkLocation(header, ctx.scope, answer.url);
    after = notBefore(ctx, answer);
  }
}

/** When Cloudflare's Retry-After on a 202 lets us poll again (now when it sent none). */
function notBefore(ctx: ClientContext, answer: Answer): number {
  return ctx.now() + (parseRetryAfter(answer.headers, ctx.now()) ?? 0);
}

function readPage(answer: Answer, secrets: readonly string[]): SearchOutcome {
  const envelope = readEnvelope(answer, secrets);
  const messages: UpstreamMessage[] = [];
  const unreadable: UnreadableItem[] = [];
  parsePart(answer, itemsSchema, envelope.result, "result").forEach((item, index) => {
    const parsed = upstreamMessageSchema.safeParse(item);
    if (parsed.success) messages.push(parsed.data);
    else unreadable.push({ index, id: readableMessageId(item), problem: describeIssues(parsed.error) });
  });
  return {
    kind: "page",
    messages,
    unreadable,
    resultInfo: parsePart(answer, cursorResultInfoSchema, envelope.result_info, "result_info"),
  };
}
