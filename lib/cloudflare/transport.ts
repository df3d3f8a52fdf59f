import "server-only";
import type { ClientContext } from "./context";
import { CloudflareError } from "./errors";
import { checkLocation } from "./location";
import { wasNotSent } from "./not-sent";

// One request to Cloudflare: our headers, a timeout over the whole exchange (body included), and
// redirects followed by hand. fetch's own redirect handling would carry X-Auth-Key and Authorization to
// any origin, so every hop is checked against the scope first.

export type UpstreamRequest = {
  method: "GET" | "POST";
  url: URL;
  /** A JSON body, for POST. */
  body?: string;
  signal?: AbortSignal;
};

/** An answer read in full; `url` is the URL that produced it (after redirects). */
export type Answer = { status: number; headers: Headers; text: string; url: string };

const MAX_REDIRECTS = 3;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function send(ctx: ClientContext, request: UpstreamRequest): Promise<Answer> {
  let { method, url, body } = request;
  for (let hop = 0; ; hop++) {
    const answer = await exchange(ctx, { method, url, body, signal: request.signal });
    ctx.observeRateLimit(answer.headers);
    if (!REDIRECTS.has(answer.status)) return answer;

    const location = answer.headers.get("location");
    if (!location) {
      throw new CloudflareError("bad_response", `Cloudflare answered HTTP ${answer.status} without a Location.`, { status: answer.status });
    }
    if (hop === MAX_REDIRECTS) {
      throw new CloudflareError("bad_response", `Cloudflare redirected more than ${MAX_REDIRECTS} times.`, { status: answer.status });
    }
    url = checkLocation(location, ctx.scope, answer.url);
    // As browsers do: 303 always, and 301/302 after a POST, continue as a GET without the body.
    if (answer.status === 303 || (method === "POST" && answer.status !== 307 && answer.status !== 308)) {
      method = "GET";
      body = undefined;
    }
  }
}

async function exchange(ctx: ClientContext, request: UpstreamRequest): Promise<Answer> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), ctx.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout.signal]) : timeout.signal;
  const headers: Record<string, string> = { Accept: "application/json", ...ctx.authHeaders };
  if (request.body !== undefined) headers["Content-Type"] = "application/json";
  try {
    const response = await ctx.fetch(request.url.href, {
      method: request.method,
      headers,
      body: request.body,
      redirect: "manual",
      // Next.js extends fetch with a data cache; answers made with our credentials must never land in it.
      cache: "no-store",
      signal,
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, url: request.url.href };
  } catch (error) {
    if (wasNotSent(error)) throw error;
    if (request.signal?.aborted) throw abortError(request.signal);
    if (timeout.signal.aborted) {
      throw new CloudflareError("timeout", `Cloudflare did not answer within ${ctx.timeoutMs} ms.`);
    }
    throw new CloudflareError("network", `Could not reach Cloudflare${networkDetail(error)}.`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/** The caller's own reason when it is an error, as fetch would throw it; else a plain AbortError. */
export function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new DOMException("The operation was aborted.", "AbortError");
}

// Only the system error code (ECONNREFUSED, ENOTFOUND, …): undici's messages are safe today, but a
// custom fetch's message might quote a header, and this text reaches the browser.
function networkDetail(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  const code = typeof cause === "object" && cause !== null && "code" in cause ? cause.code : undefined;
  return typeof code === "string" && /^[A-Z0-9_]{2,40}$/.test(code) ? ` (${code})` : "";
}
