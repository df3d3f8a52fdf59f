import type { z } from "zod";
import { CloudflareError, codeForStatus, describeUpstreamErrors, redactSecrets } from "./errors";
import { parseRateLimitHeaders } from "./rate-limit-headers";
import { LONGEST_HONOURED_WAIT_MS, parseRetryAfter, toRetryAfterSeconds } from "./retry-after";
import { envelopeHeadSchema, type EnvelopeHead, type ResponseInfo } from "./schemas/envelope";
import type { Answer } from "./transport";

// From an answer to a typed result or a typed error. Every body goes through the envelope schema; a
// 2xx is trusted only when it is JSON, an envelope, success:true, and its result passes its schema.

type Secrets = readonly string[];

/** The error for a non-2xx answer, with Cloudflare's errors[] when the body is an envelope. */
export function errorFromAnswer(answer: Answer, secrets: Secrets, nowMs: number): CloudflareError {
  const errors = tryEnvelope(answer.text)?.errors.map((info) => redactInfo(info, secrets)) ?? [];
  const said = errors.length > 0 ? `: ${describeUpstreamErrors(errors)}` : ".";
  return new CloudflareError(codeForStatus(answer.status), `Cloudflare answered HTTP ${answer.status}${said}`, {
    status: answer.status,
    errors,
    retryAfterSeconds: retryAfterSeconds(answer, nowMs),
  });
}

/** The `result` of a 2xx answer, parsed with `schema`. */
export function readResult<S extends z.ZodType>(answer: Answer, schema: S, secrets: Secrets): z.infer<S> {
  const envelope = readEnvelope(answer, secrets);
  return parsePart(answer, schema, envelope.result, "result");
}

/** The whole envelope of a 2xx answer, once success:true is established. */
export function readEnvelope(answer: Answer, secrets: Secrets): EnvelopeHead {
  let json: unknown;
  try {
    json = JSON.parse(answer.text);
  } catch {
    const type = answer.headers.get("content-type")?.split(";")[0]?.trim() || "no content type";
    throw bad(answer, `Cloudflare's answer is not JSON (${type}, ${answer.text.length} characters).`);
  }
  const envelope = envelopeHeadSchema.safeParse(json);
  if (!envelope.success) throw bad(answer, "Cloudflare's answer is JSON but not its response envelope.");
  if (!envelope.data.success) {
    const errors = envelope.data.errors.map((info) => redactInfo(info, secrets));
    const said = errors.length > 0 ? `: ${describeUpstreamErrors(errors)}` : ".";
    throw new CloudflareError("bad_response", `Cloudflare reported a failure with HTTP ${answer.status}${said}`, {
      status: answer.status,
      errors,
    });
  }
  return envelope.data;
}

export function parsePart<S extends z.ZodType>(answer: Answer, schema: S, value: unknown, part: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw bad(answer, `Cloudflare's ${part} does not have the expected shape (${describeIssues(parsed.error, part)}).`, parsed.error);
}

/** Paths and zod's messages only: the values themselves come from attackers' emails. */
export function describeIssues(error: z.ZodError, part?: string): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${[...(part ? [part] : []), ...issue.path].map(String).join(".") || "(the whole value)"}: ${issue.message}`)
    .join("; ");
}

function bad(answer: Answer, message: string, cause?: unknown): CloudflareError {
  return new CloudflareError("bad_response", message, { status: answer.status, cause });
}

function tryEnvelope(text: string): EnvelopeHead | undefined {
  try {
    const parsed = envelopeHeadSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function redactInfo(info: ResponseInfo, secrets: Secrets): ResponseInfo {
  return { ...info, message: redactSecrets(info.message, secrets) };
}

/** Retry-After if sent; on a 429 without it, the reset of Cloudflare's Ratelimit header. */
function retryAfterSeconds(answer: Answer, nowMs: number): number | undefined {
  const ms = parseRetryAfter(answer.headers, nowMs);
  if (ms !== null) return toRetryAfterSeconds(ms);
  if (answer.status !== 429) return undefined;
  const reading = parseRateLimitHeaders(answer.headers, nowMs);
  return reading ? toRetryAfterSeconds(Math.min(reading.resetSeconds * 1000, LONGEST_HONOURED_WAIT_MS)) : undefined;
}
