import { declaredLength } from "@/lib/http/read-capped-text";

// Identical GETs in flight reach the upstream once: later callers wait for the first answer and each
// get their own copy of it. Only GETs: a POST (a new search) is never shared. The shared copy is held
// whole, so it is read no further than maxBytes + 1: enough for the client's own limit to see that an
// answer is too large. A body that breaks off reaches each caller as a body that breaks off, never as
// a failed request, so the client knows an answer had arrived and does not ask again.

type Snapshot = { status: number; statusText: string; headers: [string, string][]; body: Uint8Array; failure?: unknown };

/** The client's default limit on a JSON answer (lib/cloudflare/context.ts). */
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export function coalescingFetch(inner: typeof fetch, maxBytes = DEFAULT_MAX_BYTES): typeof fetch {
  const inFlight = new Map<string, Promise<Snapshot>>();
  return async (input, init) => {
    const method = (init?.method ?? "GET").toUpperCase();
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (method !== "GET" || init?.body) return inner(input, init);
    let shared = inFlight.get(url);
    if (!shared) {
      shared = inner(input, init).then((response) => snapshot(response, maxBytes));
      inFlight.set(url, shared);
      const forget = () => inFlight.delete(url);
      shared.then(forget, forget);
    }
    const answer = await raceAbort(shared, init?.signal ?? undefined);
    return new Response(replay(answer), { status: answer.status, statusText: answer.statusText, headers: answer.headers });
  };
}

async function snapshot(response: Response, maxBytes: number): Promise<Snapshot> {
  const head = { status: response.status, statusText: response.statusText, headers: [...response.headers] };
  const declared = declaredLength(response.headers);
  // Its Content-Length is passed on, and the client refuses the answer on it.
  if (!response.body || (declared !== null && declared > maxBytes)) {
    void response.body?.cancel().catch(() => undefined);
    return { ...head, body: new Uint8Array(0) };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size <= maxBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
    if (size > maxBytes) void reader.cancel().catch(() => undefined);
  } catch (failure) {
    return { ...head, body: join(chunks, size), failure };
  }
  return { ...head, body: join(chunks, Math.min(size, maxBytes + 1)) };
}

function join(chunks: Uint8Array[], size: number): Uint8Array {
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    if (offset >= size) break;
    const part = chunk.subarray(0, size - offset);
    whole.set(part, offset);
    offset += part.byteLength;
  }
  return whole;
}

function replay(answer: Snapshot): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      if (answer.body.byteLength > 0) controller.enqueue(answer.body.slice());
      if (answer.failure === undefined) controller.close();
      else controller.error(answer.failure);
    },
  });
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason instanceof Error ? signal.reason : new DOMException("Aborted", "AbortError"));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason instanceof Error ? signal.reason : new DOMException("Aborted", "AbortError"));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
