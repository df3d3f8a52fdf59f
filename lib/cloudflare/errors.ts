import type { ResponseInfo } from "./schemas/envelope";

// One error type for everything that can go wrong upstream. Route handlers map `code` to an HTTP status;
// `errors` carries Cloudflare's own codes and messages so they can be passed on. No message built here
// ever contains a credential: upstream text is redacted before it is used (see redactSecrets).

export type CloudflareErrorCode =
  /** HTTP 400/422 (and other unexpected 4xx), or an argument refused before any request (no status). */
  | "bad_request"
  /** HTTP 401. */
  | "unauthorized"
  /** HTTP 403. */
  | "forbidden"
  /** HTTP 404 or 410. */
  | "not_found"
  /** HTTP 429 after the retries, or at once when Retry-After is longer than we will wait. */
  | "rate_limited"
  /** HTTP 5xx after the retries. */
  | "server_error"
  /** Not JSON, not the envelope, a result that fails its schema, success:false on a 2xx, odd 1xx/3xx. */
  | "bad_response"
  /** One request ran past timeoutMs, or Cloudflare answered 408 after the retries. */
  | "timeout"
  /** A Location (202 or redirect) that is not ours to follow; nothing was sent to it. */
  | "refused_location"
  /** The connection failed (DNS, refused, reset) after the retries. */
  | "network"
  /** An answer larger than the client accepts for its kind; nothing past the limit was read. */
  | "too_large"
  /** The connection broke while an answer's body was arriving; never retried. */
  | "cut_off";

export type CloudflareErrorInit = {
  status?: number;
  errors?: ResponseInfo[];
  retryAfterSeconds?: number;
  /** With too_large: the limit, in bytes, and the setting that changes it. */
  limit?: BodyLimit;
  cause?: unknown;
};

export type BodyLimit = { bytes: number; setting: string };

export class CloudflareError extends Error {
  override name = "CloudflareError";
  readonly code: CloudflareErrorCode;
  /** Cloudflare's HTTP status, when there was an answer. */
  readonly status?: number;
  /** Cloudflare's `errors[]`, as it sent them (redacted). */
  readonly errors: ResponseInfo[];
  readonly retryAfterSeconds?: number;
  readonly limit?: BodyLimit;

  constructor(code: CloudflareErrorCode, message: string, init: CloudflareErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = code;
    this.status = init.status;
    this.errors = init.errors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.limit = init.limit;
  }
}

export function isCloudflareError(value: unknown): value is CloudflareError {
  return value instanceof CloudflareError;
}

/** The code for a non-2xx HTTP status (3xx that could not be followed included). */
export function codeForStatus(status: number): CloudflareErrorCode {
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404 || status === 410) return "not_found";
  if (status === 408) return "timeout";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "server_error";
  if (status >= 400) return "bad_request";
  return "bad_response";
}

/** Replaces every occurrence of a secret in upstream text, in case Cloudflare ever echoes a header. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let clean = text;
  for (const secret of secrets) {
    if (secret.length > 0) clean = clean.split(secret).join("[redacted]");
  }
  return clean;
}

export function describeUpstreamErrors(errors: readonly ResponseInfo[]): string {
  return errors.map((error) => `${error.code}: ${error.message}`).join("; ");
}
