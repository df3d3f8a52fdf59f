import type { Page } from "@playwright/test";
import { addFault } from "../support/emulator";
import { detailPath, expect, test } from "./fixtures";

// Opened from the results, a message shows over them (the URL becomes the message's link) and closing
// returns to the same place with no reload; j/k walk the results; Esc closes or goes back.

const QUERY = "detections_only=false&per_page=100";
const rows = (page: Page) => page.locator("tbody tr[data-row-id]");
const scroller = (page: Page) => page.getByTestId("results-scroller");
const overlay = (page: Page) => page.getByTestId("message-overlay");

async function openResults(page: Page) {
  await page.goto(`/messages?${QUERY}`);
  await expect(rows(page).first()).toBeVisible();
  // A marker that survives only if the page is never reloaded.
  await page.evaluate(() => Object.assign(window, { __noReload: true }));
}

async function openRow(page: Page, index: number): Promise<string> {
  const row = page.locator(`tbody tr[aria-rowindex="${index + 2}"]`);
  const id = (await row.getAttribute("data-row-id")) ?? "";
  await row.locator("a").first().click();
  await expect(page).toHaveURL(`${detailPath(id, QUERY)}`.replace(/^/, new URL(page.url()).origin));
  await expect(overlay(page)).toBeVisible();
  return id;
}

test("opening from the results shows the message over them; Esc closes it back to the same row", async ({ page }) => {
  await openResults(page);
  await scroller(page).evaluate((element) => element.scrollTo(0, 1200));
  await expect.poll(() => scroller(page).evaluate((element) => element.scrollTop)).toBeGreaterThan(1000);
  const offset = await scroller(page).evaluate((element) => element.scrollTop);
  const visible = await rows(page).evaluateAll((elements, top) => {
    const row = elements.find((element) => (element as HTMLElement).offsetTop > top + 100);
    return Number(row?.getAttribute("aria-rowindex") ?? "0") - 2;
  }, offset);
  const id = await openRow(page, visible);
  await expect(overlay(page).getByTestId("message-subject")).toBeVisible();
  // The list is still there beneath.
  expect(await rows(page).count()).toBeGreaterThan(0);

  await page.keyboard.press("Escape");
  await expect(overlay(page)).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/messages\\?${QUERY}$`));
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
  expect(await scroller(page).evaluate((element) => element.scrollTop)).toBe(offset);
  await expect(page.locator(`tbody tr[data-row-id="${id}"]`)).toHaveAttribute("data-selected", "true");
});

test("the close button closes the overlay too", async ({ page }) => {
  await openResults(page);
  await openRow(page, 1);
  await overlay(page).getByRole("button", { name: "Close (Esc)" }).click();
  await expect(overlay(page)).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/messages\\?${QUERY}$`));
});

test("j and k move to the next and previous result", async ({ page }) => {
  await openResults(page);
  const ids = await rows(page).evaluateAll((elements) => elements.slice(0, 4).map((row) => row.getAttribute("data-row-id") ?? ""));
  await openRow(page, 1);
  const origin = new URL(page.url()).origin;
  await page.keyboard.press("j");
  await expect(page).toHaveURL(origin + detailPath(ids[2] ?? "", QUERY));
  await expect(overlay(page).getByRole("button", { name: "Copy investigate id" }).locator("xpath=..")).toContainText(ids[2] ?? "");
  await page.keyboard.press("k");
  await page.keyboard.press("k");
  await expect(page).toHaveURL(origin + detailPath(ids[0] ?? "", QUERY));
  await expect(overlay(page).getByRole("button", { name: "Copy investigate id" }).locator("xpath=..")).toContainText(ids[0] ?? "");
  // j/k replace the entry instead of stacking it: one Esc closes the overlay back to the list.
  await page.keyboard.press("Escape");
  await expect(overlay(page)).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/messages\\?${QUERY}$`));
  await expect(rows(page).first()).toBeVisible();
});

test("keys pressed while a message loads walk on from it, and the overlay stays up meanwhile", async ({ page, request }) => {
  await openResults(page);
  const ids = await rows(page).evaluateAll((elements) => elements.slice(0, 3).map((row) => row.getAttribute("data-row-id") ?? ""));
  const copyLine = () => overlay(page).getByRole("button", { name: "Copy investigate id" }).locator("xpath=..");
  await openRow(page, 0);
  for (const id of ids.slice(1)) {
    await page.keyboard.press("j");
    await expect(copyLine()).toContainText(id);
  }
  // Cloudflare slow to answer. Back to a message already seen, the URL changes at once while the
  // message is still on its way: the next key lands in that moment.
  for (const id of ids) await addFault(request, { match: encodeURIComponent(id), latencyMs: 700, times: 12 });
  await page.keyboard.press("k");
  await expect(page).toHaveURL(new URL(detailPath(ids[1] ?? "", QUERY), page.url()).href);
  await expect(overlay(page).getByText("Loading the message…")).toBeVisible();
  await page.keyboard.press("k");
  await expect(page).toHaveURL(new URL(detailPath(ids[0] ?? "", QUERY), page.url()).href);
  await expect(copyLine()).toContainText(ids[0] ?? "");
  // The list beneath never took the focus: the overlay held it the whole time.
  expect(await page.evaluate(() => document.activeElement?.closest("[data-overlay]") !== null)).toBe(true);
});

test("the message's link opened directly shows the full page; Esc goes back to its search", async ({ page }) => {
  await openResults(page);
  const id = (await rows(page).first().getAttribute("data-row-id")) ?? "";
  await page.goto(detailPath(id, QUERY));
  await expect(page.getByTestId("message-subject")).toBeVisible();
  await expect(overlay(page)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "← Back to results" })).toHaveAttribute("href", `/messages?${QUERY}`);
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(new RegExp(`/messages\\?${QUERY}$`));
  await expect(rows(page).first()).toBeVisible();
});
