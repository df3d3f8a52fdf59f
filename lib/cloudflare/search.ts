import "server-only";
import { z } from "zod";
import { searchParamsToQuery, type SearchParams } from "@/lib/investigate/search-params";
import { pollDelayMs } from "./backoff";
import type { ClientContext } from "./context";
import { CloudflareError } from "./errors";
import { checkLocation } from "./location";
import { readableMessageId } from "./message-id";
import { describeIssues, parsePart, readEnvelope } from "./read-envelope";
import { pause, request } from "./request";
import { parseRetryAfter } from "./retry-after";
import { cursorResultInfoSchema, type CursorResultInfo } from "./schemas/envelope";
import { upstreamMessageSchema, type UpstreamMessage } from "./schemas/message";
import type { Answer } from "./transport";

// GET …/email-security/investigate, and its slow path: Cloudflare may answer 202 with a Location to poll
// (seed 001, cloudflare-api.md §3.1). We poll it for at most pollBudgetMs, then hand the Location back
// so the route can answer 202 itself and continue later with continueSearch, holding no state here.

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
      /** Cloudflare's Retry-After on its last 202, if it sent one. */
      retryAfterMs: number | null;
    };

export type CallOptions = { signal?: AbortSignal };

const itemsSchema = z.array(z.unknown());

export async function search(ctx: ClientContext, params: SearchParams, options: CallOptions = {}): Promise<SearchOutcome> {
  const url = new URL(`${ctx.scope.origin}${ctx.scope.allowedPrefix}investigate`);
  // searchParamsToQuery writes only the schema's names, so the deprecated `page` can never go up.
  url.search = searchParamsToQuery(params).toString();
  const answer = await request(ctx, { method: "GET", url, signal: options.signal });
  return settle(ctx, answer, undefined, options.signal);
}

/** Polls a Location that search() handed back, re-checking it first. */
export async function continueSearch(ctx: ClientContext, location: string, options: CallOptions = {}): Promise<SearchOutcome> {
  const url = checkLocation(location, ctx.scope, `${ctx.scope.baseUrl}/`);
  const deadline = ctx.now() + ctx.pollBudgetMs;
  const answer = await request(ctx, { method: "GET", url, signal: options.signal });
  return settle(ctx, answer, { url, deadline }, options.signal);
}

type Polling = { url: URL; deadline: number };

async function settle(
  ctx: ClientContext,
  first: Answer,
  polling: Polling | undefined,
  signal: AbortSignal | undefined,
): Promise<SearchOutcome> {
  let answer = first;
  let url = polling?.url;
  let deadline = polling?.deadline;
  for (let poll = 0; answer.status === 202; poll++) {
    const header = answer.headers.get("location");
    // A poll answered 202 without a new Location means "keep polling this one".
    if (header) url = checkLocation(header, ctx.scope, answer.url);
    if (!url) throw new CloudflareError("bad_response", "Cloudflare answered 202 without a Location to poll.", { status: 202 });
    deadline ??= ctx.now() + ctx.pollBudgetMs;

    const retryAfterMs = parseRetryAfter(answer.headers, ctx.now());
    const wait = retryAfterMs ?? pollDelayMs(poll);
    if (ctx.now() + wait > deadline) return { kind: "pending", location: url.href, retryAfterMs };
    await pause(ctx, wait, signal);
    answer = await request(ctx, { method: "GET", url, signal });
  }
  return readPage(answer, ctx.secrets);
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
