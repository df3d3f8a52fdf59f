import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { expect, guardedTest } from "../support/guard";
import { pendingSearchSchema, searchPageSchema, type SearchPage } from "@/lib/investigate/search-page";
import { E2E } from "../support/env";

// Shared by the search specs: the guarded test, and helpers to read the results table and the emulator.

export const test = guardedTest;
export { expect };
export type { Page };

export const scroller = (page: Page): Locator => page.getByTestId("results-scroller");
export const footer = (page: Page): Locator => page.getByTestId("results-footer");
export const bodyRows = (page: Page): Locator => page.locator("tbody tr[data-row-id]");

/** The ids of the rows now in the DOM, in order. */
export async function renderedIds(page: Page): Promise<string[]> {
  return bodyRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute("data-row-id") ?? ""));
}

/** The ids of the first rows shown: what "the same rows" means when comparing two views of a search. */
export async function firstIds(page: Page, count = 10): Promise<string[]> {
  return (await renderedIds(page)).slice(0, count);
}

/** Scrolls the results to their end, page after page, until the footer says there is no more. */
export async function scrollToEnd(page: Page, until: RegExp = /^End of results/): Promise<void> {
  await expect(async () => {
    await scroller(page).evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect(footer(page)).toHaveText(until, { timeout: 500 });
  }).toPass({ timeout: 60_000, intervals: [100] });
}

/** Walks GET /api/messages directly, as the page does (202s followed), for `pages` pages (all when omitted). */
export async function walkApi(request: APIRequestContext, query: string, pages = Infinity): Promise<SearchPage["messages"]> {
  const messages: SearchPage["messages"] = [];
  let cursor: string | null = null;
  for (let page = 0; page < pages; page++) {
    const url: string = `/api/messages?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    let response = await request.get(url);
    for (let polls = 0; response.status() === 202 && polls < 30; polls++) {
      const pending = pendingSearchSchema.parse(await response.json());
      await new Promise((resolve) => setTimeout(resolve, 500));
      response = await request.get(pending.location);
    }
    expect(response.status(), url).toBe(200);
    const body = searchPageSchema.parse(await response.json());
    messages.push(...body.messages);
    cursor = body.next;
    if (!cursor) break;
  }
  return messages;
}

export type LoggedRequest = { method: string; path: string; query: string; at: string; status: number | null };

/** The emulator's request log (GET /__emulator/requests answers `{ requests: [...] }`). */
export async function loggedRequests(request: APIRequestContext): Promise<LoggedRequest[]> {
  const body = (await (await request.get(`${E2E.emulatorUrl}/__emulator/requests`)).json()) as { requests?: LoggedRequest[] } | LoggedRequest[];
  return Array.isArray(body) ? body : (body.requests ?? []);
}

/** A fixed window (whole seconds, so the URL and the API agree) ending now. */
export function fixedWindow(days: number): { start: string; end: string } {
  const end = Math.floor(Date.now() / 1000) * 1000;
  const iso = (time: number) => new Date(time).toISOString().replace(".000Z", "Z");
  return { start: iso(end - days * 86_400_000), end: iso(end) };
}
