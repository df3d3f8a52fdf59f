import "server-only";
import type { AnswerCache } from "./answer-cache";
import { notedCopy, wantsFreshAnswers } from "./answer-copies";

// The upstream fetch, in front of the budget: a GET whose kept copy is young enough is answered from
// it and spends nothing; otherwise it goes on (coalesced, budgeted) and a whole 200 JSON answer is kept
// (a 202, a search still running, never is)
// for `lifetimeMs(url)`. A request that asked for fresh answers skips the copies, still spends the
// budget, and leaves its new answer for the next. A copy that cannot be read or written is no answer:
// the call goes to Cloudflare.

/** The most kept of one answer: a search page of a few hundred messages fits, a preview image does not. */
export const MAX_KEPT_BYTES = 1024 * 1024;

export function cachingFetch(inner: typeof fetch, cache: AnswerCache, lifetimeMs: (url: URL) => number, now: () => number = Date.now): typeof fetch {
  return async (input, init) => {
    const method = (init?.method ?? "GET").toUpperCase();
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const lifetime = method === "GET" && !init?.body ? lifetimeMs(url) : 0;
    if (lifetime <= 0) return inner(input, init);
    const key = url.href;
    if (!wantsFreshAnswers()) {
      const copy = await cache.get(key, now()).catch(() => null);
      if (copy) {
        notedCopy(copy.storedAt);
        return new Response(copy.body, { status: copy.status, headers: copy.headers });
      }
    }
    const response = await inner(input, init);
    if (response.status !== 200 || !response.body || !response.headers.get("content-type")?.includes("json")) return response;
    const { head, whole, rest } = await readUpTo(response.body, MAX_KEPT_BYTES);
    const answer = { status: response.status, statusText: response.statusText, headers: response.headers };
    // Larger than a copy may be (or broken off): passed on as it came, the part read first included.
    if (!whole) return new Response(rest, answer);
    const body = new TextDecoder().decode(head);
    if (!body.includes("\0")) {
      const storedAt = now();
      await cache.put(key, { status: response.status, headers: [...response.headers], body, storedAt }, storedAt + lifetime).catch(() => undefined);
    }
    return new Response(rest, answer);
  };
}

/** Reads at most `max` bytes: all of the body (`whole`), or a stream of what was read and what follows. */
async function readUpTo(body: ReadableStream<Uint8Array>, max: number): Promise<{ head: Uint8Array; whole: boolean; rest: ReadableStream<Uint8Array> }> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let whole = false;
  let failure: unknown;
  try {
    while (size <= max) {
      const { done, value } = await reader.read();
      if (done) {
        whole = true;
        break;
      }
      chunks.push(value);
      size += value.byteLength;
    }
  } catch (error) {
    failure = error;
  }
  const head = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    head.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const rest = new ReadableStream<Uint8Array>({
    start(controller) {
      if (head.byteLength > 0) controller.enqueue(head);
      if (failure !== undefined) controller.error(failure);
      else if (whole) controller.close();
    },
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        controller.error(error);
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { head, whole: whole && failure === undefined, rest };
}
