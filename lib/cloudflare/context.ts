import "server-only";
import { setTimeout as delay } from "node:timers/promises";
import type { BodyLimit } from "./errors";
import { createUpstreamScope, type UpstreamScope } from "./location";
import { parseRateLimitHeaders, type RateLimitReading } from "./rate-limit-headers";

// The client's configuration, checked once, and the little state it keeps (the latest rate-limit
// reading). Every module of the client receives this instead of reading anything global.

export type CloudflareAuth = { kind: "token"; token: string } | { kind: "key"; email: string; key: string };

export type CloudflareClientOptions = {
  /** e.g. https://api.cloudflare.com/client/v4; a trailing slash is tolerated. */
  baseUrl: string;
  accountId: string;
  auth: CloudflareAuth;
  /** Defaults to globalThis.fetch; demo mode passes the embedded emulator's. */
  fetch?: typeof fetch;
  /** For answers handed on as they arrive (the raw EML); defaults to `fetch`. */
  streamFetch?: typeof fetch;
  /** The most read of one answer: `json` for those read whole, `stream` for those streamed. */
  limits?: { json?: BodyLimit; stream?: BodyLimit };
  /** Per single request, body included. */
  timeoutMs?: number;
  maxRetries?: number;
  /** The longest Retry-After we sit out; a longer one fails at once with its value. */
  maxRetryWaitMs?: number;
  /** How long one call keeps polling a 202 before handing back "pending". */
  pollBudgetMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
  onRateLimit?: (reading: RateLimitReading) => void;
};

export type ClientContext = {
  scope: UpstreamScope;
  fetch: typeof fetch;
  streamFetch: typeof fetch;
  limits: { json: BodyLimit; stream: BodyLimit };
  authHeaders: Readonly<Record<string, string>>;
  /** Redacted from any upstream text that ends up in an error. */
  secrets: readonly string[];
  timeoutMs: number;
  maxRetries: number;
  maxRetryWaitMs: number;
  pollBudgetMs: number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
  now: () => number;
  observeRateLimit: (headers: Headers) => void;
  latestRateLimit: () => RateLimitReading | null;
};

const MIB = 1024 * 1024;
export const DEFAULT_JSON_LIMIT: BodyLimit = { bytes: 32 * MIB, setting: "limits.json" };
export const DEFAULT_STREAM_LIMIT: BodyLimit = { bytes: 128 * MIB, setting: "limits.stream" };

// Visible ASCII only: fetch rejects other header values with a message that quotes the value.
const HEADER_SAFE = /^[\x21-\x7e]+$/;

export function createContext(options: CloudflareClientOptions): ClientContext {
  const { authHeaders, secrets } = authFor(options.auth);
  const now = options.now ?? Date.now;
  let latest: RateLimitReading | null = null;
  return {
    scope: createUpstreamScope(options.baseUrl, options.accountId),
    fetch: options.fetch ?? globalThis.fetch,
    streamFetch: options.streamFetch ?? options.fetch ?? globalThis.fetch,
    limits: {
      json: limit(options.limits?.json, DEFAULT_JSON_LIMIT, "limits.json"),
      stream: limit(options.limits?.stream, DEFAULT_STREAM_LIMIT, "limits.stream"),
    },
    authHeaders,
    secrets,
    timeoutMs: positive(options.timeoutMs, 20_000, "timeoutMs"),
    maxRetries: Math.floor(positive(options.maxRetries, 2, "maxRetries")),
    maxRetryWaitMs: positive(options.maxRetryWaitMs, 10_000, "maxRetryWaitMs"),
    pollBudgetMs: positive(options.pollBudgetMs, 5_000, "pollBudgetMs"),
    sleep: options.sleep ?? ((ms, signal) => delay(ms, undefined, { signal })),
    random: options.random ?? Math.random,
    now,
    observeRateLimit(headers) {
      const reading = parseRateLimitHeaders(headers, now());
      if (!reading) return;
      latest = reading;
      try {
        options.onRateLimit?.(reading);
      } catch {
        // A faulty listener must not fail the request whose answer it was told about.
      }
    },
    latestRateLimit: () => latest,
  };
}

function authFor(auth: CloudflareAuth): { authHeaders: Record<string, string>; secrets: string[] } {
  if (auth.kind === "token") {
    if (!HEADER_SAFE.test(auth.token)) throw new TypeError("The Cloudflare API token must be non-empty visible ASCII.");
    return { authHeaders: { Authorization: `Bearer ${auth.token}` }, secrets: [auth.token] };
  }
  if (!HEADER_SAFE.test(auth.email)) throw new TypeError("The Cloudflare account email must be non-empty visible ASCII.");
  if (!HEADER_SAFE.test(auth.key)) throw new TypeError("The Cloudflare API key must be non-empty visible ASCII.");
  return { authHeaders: { "X-Auth-Email": auth.email, "X-Auth-Key": auth.key }, secrets: [auth.key] };
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw new TypeError(`${name} must be a finite number ≥ 0.`);
  return value;
}

function limit(value: BodyLimit | undefined, fallback: BodyLimit, name: string): BodyLimit {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value.bytes) || value.bytes < 1) throw new TypeError(`${name} must be a whole number of bytes ≥ 1.`);
  return value;
}
