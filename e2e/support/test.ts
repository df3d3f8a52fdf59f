import { test as base, expect, type APIRequestContext, type BrowserContext } from "@playwright/test";
import { canariesIn, isDashboardUrl } from "./canaries";

// The `test` every spec uses. Besides Playwright's own fixtures, it reads every response a dashboard
// sends during the whole e2e run, to browsers and to API request contexts and to Node's fetch, and
// fails the test in which any of them carried a secret (e2e/support/canaries.ts lists them).

const leaks: string[] = [];
const reading = new Set<Promise<void>>();
/** Immutable chunks are the same bytes in every test: read once per worker. */
const seenStatic = new Set<string>();
const watched = new WeakSet<object>();

function inspect(url: string, headers: Record<string, string>, body: () => Promise<Buffer>): void {
  if (!isDashboardUrl(url)) return;
  for (const name of canariesIn(JSON.stringify(headers))) leaks.push(`${name} in a header of ${url}`);
  if (url.includes("/_next/static/")) {
    if (seenStatic.has(url)) return;
    seenStatic.add(url);
  }
  const read = body().then(
    (bytes) => {
      for (const name of canariesIn(bytes.toString("latin1"))) leaks.push(`${name} in the body of ${url}`);
    },
    // Redirects have no body, and a context closed under a response takes it along.
    () => undefined,
  );
  reading.add(read);
  void read.finally(() => reading.delete(read));
}

async function finishReading(): Promise<void> {
  while (reading.size > 0) await Promise.all(reading);
}

function watchRequests(request: APIRequestContext): APIRequestContext {
  if (watched.has(request)) return request;
  watched.add(request);
  const fetch = request.fetch.bind(request);
  request.fetch = async (...args) => {
    const response = await fetch(...args);
    inspect(response.url(), response.headers(), () => response.body());
    return response;
  };
  const dispose = request.dispose.bind(request);
  request.dispose = async (...args) => {
    await finishReading();
    return dispose(...args);
  };
  return request;
}

function watchContext(context: BrowserContext): BrowserContext {
  if (watched.has(context)) return context;
  watched.add(context);
  context.on("response", (response) => inspect(response.url(), response.headers(), () => response.body()));
  watchRequests(context.request);
  const close = context.close.bind(context);
  context.close = async (...args) => {
    await finishReading();
    return close(...args);
  };
  return context;
}

export const test = base.extend<{ secretsStayOnServer: void }, { watchEveryClient: void }>({
  watchEveryClient: [
    async ({ browser, playwright }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => watchContext(await newContext(...args));
      const newRequestContext = playwright.request.newContext.bind(playwright.request);
      playwright.request.newContext = async (...args) => watchRequests(await newRequestContext(...args));
      const nodeFetch = globalThis.fetch;
      globalThis.fetch = async (input, init) => {
        const response = await nodeFetch(input, init);
        if (isDashboardUrl(response.url)) {
          const copy = response.clone();
          inspect(response.url, Object.fromEntries(response.headers), async () => Buffer.from(await copy.arrayBuffer()));
        }
        return response;
      };
      await use();
      globalThis.fetch = nodeFetch;
    },
    { scope: "worker", auto: true },
  ],
  context: async ({ context }, provide) => provide(watchContext(context)),
  request: async ({ request }, provide) => provide(watchRequests(request)),
  secretsStayOnServer: [
    async ({}, use) => {
      leaks.length = 0;
      await use();
      await finishReading();
      expect(leaks, "no response from a dashboard carries a secret").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
