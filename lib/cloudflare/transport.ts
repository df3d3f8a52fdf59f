import "server-only";
import type { ClientContext } from "./context";
import { CloudflareError, isCloudflareError } from "./errors";
import { checkLocation } from "./location";
import { wasNotSent } from "./not-sent";
import { boundedStream, checkDeclaredLength, readBoundedText } from "./read-body";

// One request to Cloudflare: our headers, a timeout over the whole exchange (body included), a size
// limit on every body, and redirects followed by hand. fetch's own redirect handling would carry
// X-Auth-Key and Authorization to any origin, so every hop is checked against the scope first.
// A streamed answer (the raw EML) may take longer than timeoutMs as a whole: there the timeout covers
// the wait for the headers and then each wait for the next chunk, so a slow but moving download
// finishes and a stalled one does not hold its connection forever.

export type UpstreamRequest = {
  method: "GET" | "POST";
  url: URL;
  /** A JSON body, for POST. */
  body?: string;
  signal?: AbortSignal;
  /** Hand a 2xx body over as it arrives (bounded by limits.stream) instead of reading it (limits.json). */
  stream?: boolean;
  /** An action (move, release): retried only when Cloudflare says it did not act (429), never after an
   *  answer that leaves it unknown whether it acted (5xx, 408, a broken connection). */
  action?: boolean;
};

/**
 * An answer read in full; `url` is the URL that produced it (after redirects). With `stream`, a 2xx
 * answer's body is in `body`, still arriving, and `text` is empty.
 */
export type Answer = { status: number; headers: Headers; text: string; url: string; body?: ReadableStream<Uint8Array> };

const MAX_REDIRECTS = 3;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function send(ctx: ClientContext, request: UpstreamRequest): Promise<Answer> {
  let { method, url, body } = request;
  for (let hop = 0; ; hop++) {
    const answer = await exchange(ctx, { method, url, body, signal: request.signal, stream: request.stream });
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
  let timer = setTimeout(() => timeout.abort(), ctx.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout.signal]) : timeout.signal;
  const headers: Record<string, string> = { Accept: "application/json", ...ctx.authHeaders };
  if (request.body !== undefined) headers["Content-Type"] = "application/json";
  // Once the headers are in, a failure is final: the body may have been half used already, and
  // asking again would read a large answer twice over.
  let arrived = false;
  let streaming = false;
  const fail = (error: unknown): Error => {
    if (isCloudflareError(error) || wasNotSent(error)) return error;
    if (request.signal?.aborted) return abortError(request.signal);
    if (timeout.signal.aborted) {
      return new CloudflareError("timeout", streaming ? `Cloudflare's answer stalled for more than ${ctx.timeoutMs} ms.` : `Cloudflare did not answer within ${ctx.timeoutMs} ms.`);
    }
    if (arrived) return new CloudflareError("cut_off", "The connection to Cloudflare broke while its answer was arriving.", { cause: error });
    return new CloudflareError("network", `Could not reach Cloudflare${networkDetail(error)}.`, { cause: error });
  };
  try {
    const response = await (request.stream ? ctx.streamFetch : ctx.fetch)(request.url.href, {
      method: request.method,
      headers,
      body: request.body,
      redirect: "manual",
      // Next.js extends fetch with a data cache; answers made with our credentials must never land in it.
      cache: "no-store",
      signal,
    });
    arrived = true;
    const answer = { status: response.status, headers: response.headers, url: request.url.href };
    if (request.stream && response.ok && response.body) {
      checkDeclaredLength(response, ctx.limits.stream);
      streaming = true;
      const idle = {
        restart: () => {
          clearTimeout(timer);
          timer = setTimeout(() => timeout.abort(), ctx.timeoutMs);
        },
        stop: () => clearTimeout(timer),
      };
      return { ...answer, text: "", body: watched(boundedStream(response.body, ctx.limits.stream, response.status), idle, fail) };
    }
    return { ...answer, text: await readBoundedText(response, ctx.limits.json) };
  } catch (error) {
    streaming = false;
    throw fail(error);
  } finally {
    if (!streaming) clearTimeout(timer);
  }
}

/** The body with its silences timed, and its failures turned into the client's own errors. */
function watched(
  body: ReadableStream<Uint8Array>,
  idle: { restart: () => void; stop: () => void },
  fail: (error: unknown) => Error,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    // Timed only while waiting on Cloudflare: a browser that takes its time over a download is not a
    // stalled upstream.
    async pull(controller) {
      idle.restart();
      try {
        const { done, value } = await reader.read();
        idle.stop();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        idle.stop();
        controller.error(fail(error));
      }
    },
    cancel(reason) {
      idle.stop();
      return reader.cancel(reason);
    },
  });
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
