import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { percentile } from "./stats";

// The table in headless Chromium: first rows after submit, then 10,000 and 50,000 loaded rows (row
// elements, DOM size, rAF frame times while scrolling, JS heap); the 202 wait; a deep link's LCP.

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--disable-quic", "--enable-precise-memory-info"] });
}

export async function signedInContext(browser: Browser, appUrl: string, sessionCookie: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const [name = "", value = ""] = sessionCookie.split(/=(.*)/s);
  await context.addCookies([{ name, value, url: appUrl }]);
  return context;
}

const rows = (page: Page) => page.locator("tbody tr[data-row-id]");

export async function firstRows(context: BrowserContext, appUrl: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`${appUrl}/messages?per_page=100`);
  await rows(page).first().waitFor();
  const box = page.getByRole("search").getByLabel("Search", { exact: true });
  await box.fill("invoice");
  const started = Date.now();
  await box.press("Enter");
  await page.waitForFunction(() => document.querySelector("tbody tr[data-row-id]") !== null && /invoice/.test(location.search));
  await page.locator("tbody tr[data-row-id]").first().waitFor();
  const elapsed = Date.now() - started;
  await page.close();
  return elapsed;
}

async function loaded(page: Page): Promise<number> {
  const text = (await page.getByTestId("results-footer").textContent()) ?? "";
  return Number(/^([\d,]+) messages? loaded/.exec(text)?.[1]?.replaceAll(",", "") ?? /End of results: ([\d,]+)/.exec(text)?.[1]?.replaceAll(",", "") ?? 0);
}

async function loadUntil(page: Page, count: number): Promise<void> {
  const scroller = page.getByTestId("results-scroller");
  for (const deadline = Date.now() + 300_000; (await loaded(page)) < count; ) {
    if (Date.now() > deadline) throw new Error(`bench: only ${await loaded(page)} rows loaded`);
    await scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await page.waitForTimeout(50);
  }
}

export type TableFigures = { rowElements: number; domElements: number; frameP50: number; frameP95: number; frameP99: number; longFrames: number; heapMb: number };

// A string, not a function: tsx would wrap a named inner function in a helper the page does not have.
// The fling the table bench and e2e/bench/ab-frames.ts both measure.
export const SCROLL_SCRIPT = `new Promise((resolve) => {
  const element = document.querySelector('[data-testid="results-scroller"]');
  const deltas = [];
  element.scrollTo(0, 0);
  let last = performance.now();
  const end = last + 3000;
  requestAnimationFrame(function step(now) {
    deltas.push(now - last);
    last = now;
    element.scrollTop += 600;
    if (element.scrollTop + element.clientHeight >= element.scrollHeight - 1) element.scrollTop = 0;
    if (now < end) requestAnimationFrame(step);
    else resolve(deltas.slice(1));
  });
})`;

/** Scrolls through the loaded rows for 3 s, a wheel-like step each frame, recording rAF intervals. */
async function measure(page: Page): Promise<TableFigures> {
  const cdp = await page.context().newCDPSession(page);
  const frames = (await page.evaluate(SCROLL_SCRIPT)) as number[];
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
  const counts = await page.evaluate(() => ({ rowElements: document.querySelectorAll("tbody tr").length, domElements: document.querySelectorAll("*").length }));
  await cdp.detach();
  return {
    ...counts,
    frameP50: percentile(frames, 50),
    frameP95: percentile(frames, 95),
    frameP99: percentile(frames, 99),
    longFrames: frames.filter((frame) => frame > 50).length,
    heapMb: heap.usedSize / 1_048_576,
  };
}

export async function bigTable(context: BrowserContext, appUrl: string): Promise<{ at10k: TableFigures; at50k: TableFigures }> {
  const page = await context.newPage();
  await page.goto(`${appUrl}/messages?detections_only=false&range=30d&per_page=1000`);
  await rows(page).first().waitFor({ timeout: 60_000 });
  await loadUntil(page, 10_000);
  const at10k = await measure(page);
  await loadUntil(page, 50_000);
  const at50k = await measure(page);
  await page.close();
  return { at10k, at50k };
}

/** The emulator becomes ready `readyAfterMs` after the first upstream call; rows must follow within a poll. */
export async function pendingToRows(context: BrowserContext, appUrl: string, url: string, firstUpstreamCallAt: () => number | null, readyAfterMs: number): Promise<number> {
  const page = await context.newPage();
  await page.goto(`${appUrl}${url}`);
  await rows(page).first().waitFor({ timeout: 60_000 });
  const shownAt = Date.now();
  await page.close();
  const first = firstUpstreamCallAt();
  if (first === null) throw new Error("bench: the 202 search never reached the emulator");
  return shownAt - (first + readyAfterMs);
}

export async function deepLinkLcp(context: BrowserContext, appUrl: string, id: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`${appUrl}/messages/${encodeURIComponent(id)}`);
  await page.getByTestId("message-subject").waitFor();
  const lcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? Number.NaN)).observe({ type: "largest-contentful-paint", buffered: true });
      }),
  );
  await page.close();
  return lcp;
}

/** The same rAF loop on a blank page: the frame cadence of this browser and machine, without the table. */
export async function blankFrames(context: BrowserContext): Promise<{ p50: number; p95: number }> {
  const page = await context.newPage();
  await page.setContent(`<div data-testid="results-scroller" style="height:600px;overflow:auto"><div style="height:100000px"></div></div>`);
  const frames = (await page.evaluate(SCROLL_SCRIPT)) as number[];
  await page.close();
  return { p50: percentile(frames, 50), p95: percentile(frames, 95) };
}
