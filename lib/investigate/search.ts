import "server-only";
import type { CloudflareClient, SearchOutcome } from "@/lib/cloudflare/client";
import { buildResultPage } from "./build-result-page";
import { openPollToken, sealPollToken } from "./poll-token";
import type { ResultPage } from "./result-page";
import type { SearchParams } from "./search-params";

// Searching, with Cloudflare's slow-search answer carried across requests in a sealed token.

/** How long one search may stay pending across all its polls before we call it too slow. */
export const SEARCH_DEADLINE_MS = 5 * 60_000;
const TOKEN_LIFETIME_MS = 2 * 60_000;
/** The longest our 202 asks the browser to wait: the longest gap between polls. */
const MAX_RETRY_AFTER_SECONDS = 30;

export type SearchResult =
  | { kind: "page"; page: ResultPage }
  | { kind: "pending"; token: string; startedAt: number; retryAfterSeconds: number };

export class SearchTooSlowError extends Error {
  override name = "SearchTooSlowError";
  constructor() {
    super(`Cloudflare did not finish this search within ${SEARCH_DEADLINE_MS / 60_000} minutes. Narrow the time range or the filters and try again.`);
  }
}

/** What a search runs on: the client, the key that seals poll tokens, and a clock. */
export type SearchDeps = { client: CloudflareClient; secret: string; now: () => number };

export async function searchMessages(deps: SearchDeps, params: SearchParams, subject: string, signal?: AbortSignal): Promise<SearchResult> {
  return toSearchResult(deps, await deps.client.search(params, { signal }), subject);
}

/** Takes up a pending search from the token our 202 handed the browser. */
export async function resumeSearch(deps: SearchDeps, token: string, subject: string, signal?: AbortSignal): Promise<SearchResult> {
  const { location, startedAt, polls } = openPollToken(token, deps.secret, subject, deps.now());
  if (deps.now() - startedAt > SEARCH_DEADLINE_MS) throw new SearchTooSlowError();
  return toSearchResult(deps, await deps.client.continueSearch(location, { startedAt, polls }, { signal }), subject);
}

function toSearchResult(deps: SearchDeps, outcome: SearchOutcome, subject: string): SearchResult {
  if (outcome.kind === "page") {
    return { kind: "page", page: buildResultPage(outcome) };
  }
  const { location, startedAt, polls } = outcome;
  const token = sealPollToken({ location, subject, startedAt, polls, expiresAt: deps.now() + TOKEN_LIFETIME_MS }, deps.secret);
  // Rounded up, so the browser comes back when the next poll is due rather than to a wait.
  const retryAfterSeconds = Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, Math.ceil(outcome.retryAfterMs / 1000)));
  return { kind: "pending", token, startedAt, retryAfterSeconds };
}
