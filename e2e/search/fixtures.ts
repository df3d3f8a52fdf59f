import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { expect, guardedTest } from "../support/guard";
import { E2E } from "../support/env";

// Shared by the search specs: the guarded test, and helpers to read the results table and the emulator.

export { fixedWindow, walkApi } from "../support/walk-api";
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


export type LoggedRequest = { method: string; path: string; query: string; at: string; status: number | null };

/** The emulator's request log (GET /__emulator/requests answers `{ requests: [...] }`). */
export async function loggedRequests(request: APIRequestContext): Promise<LoggedRequest[]> {
  const body = (await (await request.get(`${E2E.emulatorUrl}/__emulator/requests`)).json()) as { requests?: LoggedRequest[] } | LoggedRequest[];
  return Array.isArray(body) ? body : (body.requests ?? []);
}


/** Opens a menu of the results toolbar (Export, Share), unless one is open already. */
export async function openMenu(page: Page, name: string): Promise<void> {
  if (await page.getByRole("menu").isVisible()) return;
  await page.getByRole("button", { name, exact: true }).click();
  await expect(page.getByRole("menu")).toBeVisible();
}
