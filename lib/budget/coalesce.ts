// Identical GETs in flight reach the upstream once: later callers wait for the first answer and each
// get their own copy of it. Only GETs: a POST (a new search) is never shared.

type Snapshot = { status: number; statusText: string; headers: [string, string][]; body: ArrayBuffer };

export function coalescingFetch(inner: typeof fetch): typeof fetch {
  const inFlight = new Map<string, Promise<Snapshot>>();
  return async (input, init) => {
    const method = (init?.method ?? "GET").toUpperCase();
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (method !== "GET" || init?.body) return inner(input, init);
    let shared = inFlight.get(url);
    if (!shared) {
      shared = inner(input, init).then(snapshot);
      inFlight.set(url, shared);
      const forget = () => inFlight.delete(url);
      shared.then(forget, forget);
    }
    const answer = await raceAbort(shared, init?.signal ?? undefined);
    return new Response(answer.body.slice(0), { status: answer.status, statusText: answer.statusText, headers: answer.headers });
  };
}

async function snapshot(response: Response): Promise<Snapshot> {
  return { status: response.status, statusText: response.statusText, headers: [...response.headers], body: await response.arrayBuffer() };
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
