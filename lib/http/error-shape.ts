import { z } from "zod";

// The one error shape every route answers with. Shared with the browser, which parses it back.

export const API_ERROR_CODES = [
  "bad_request",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "too_large",
  "rate_limited",
  "upstream_failed",
  "upstream_timeout",
  "database_unavailable",
  "internal",
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const API_ERROR_STATUS: Record<ApiErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  upstream_failed: 502,
  upstream_timeout: 504,
  database_unavailable: 503,
  internal: 500,
};

export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(API_ERROR_CODES),
    message: z.string(),
    /** Per-field messages for bad input, keyed by query parameter. */
    fields: z.record(z.string(), z.array(z.string())).optional(),
    /** Cloudflare's own codes and messages, passed on. */
    upstream: z.array(z.object({ code: z.number(), message: z.string() })).optional(),
    retryAfterSeconds: z.number().optional(),
    /** On 403: the role the action needs. */
    requiredRole: z.enum(["analyst", "manager"]).optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
