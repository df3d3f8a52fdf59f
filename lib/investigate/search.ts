import "server-only";
import { getConfig } from "@/lib/config/env";
import type { SearchOutcome } from "@/lib/cloudflare/client";
import { buildSearchPage } from "./build-search-page";
import { openPollToken, sealPollToken } from "./poll-token";
import type { SearchPage } from "./search-page";
import type { SearchParams } from "./search-params";
import { getCloudflareClient } from "./upstream";

// Searching, with Cloudflare's slow-search answer carried across requests in a sealed token.

/** How long one search may stay pending across all its polls before we call it too slow. */
export const SEARCH_DEADLINE_MS = 5 * 60_000;
const TOKEN_LIFETIME_MS = 2 * 60_000;

export type SearchResult =
  | { kind: "page"; page: SearchPage }
  | { kind: "pending"; token: string; startedAt: number; retryAfterSeconds: number };

export class SearchTooSlowError extends Error {
  override name = "SearchTooSlowError";
  constructor() {
    super(`Cloudflare did not finish this search within ${SEARCH_DEADLINE_MS / 60_000} minutes. Narrow the time range or the filters and try again.`);
  }
}

export async function searchMessages(params: SearchParams, subject: string, signal?: AbortSignal): Promise<SearchResult> {
  const outcome = await getCloudflareClient().search(params, { signal });
  return settle(outcome, subject, Date.now());
}

export async function continueSearch(token: string, subject: string, signal?: AbortSignal): Promise<SearchResult> {
  const { location, startedAt } = openPollToken(token, getConfig().secret, subject);
  if (Date.now() - startedAt > SEARCH_DEADLINE_MS) throw new SearchTooSlowError();
  const outcome = await getCloudflareClient().continueSearch(location, { signal });
  return settle(outcome, subject, startedAt);
}

function settle(outcome: SearchOutcome, subject: string, startedAt: number): SearchResult {
  if (outcome.kind === "page") {
    return { kind: "page", page: buildSearchPage(outcome) };
  }
  const now = Date.now();
  const token = sealPollToken({ location: outcome.location, subject, startedAt, expiresAt: now + TOKEN_LIFETIME_MS }, getConfig().secret);
  const retryAfterSeconds = Math.min(10, Math.max(1, Math.ceil((outcome.retryAfterMs ?? 1000) / 1000)));
  return { kind: "pending", token, startedAt, retryAfterSeconds };
}
