import type { Page } from "@playwright/test";
import { expect, test } from "../support/test";
import { E2E } from "../support/env";
import { fixedWindow } from "../support/walk-api";
import { analystCookie, startStack, type Stack } from "./support/stack";

// A bulk change from the page: rows picked in the results (a click, then shift-click for the range) or
// in the queue ("select all"), the count confirmed before the change and what became of each shown after.
// A dashboard and emulator of its own: the first change to 50 messages looks each up at Cloudflare.

test.describe.configure({ mode: "default" });

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack({ appPort: E2E.appPort + 96, env: { UPSTREAM_BUDGET: "1200", UPSTREAM_BUDGET_WINDOW_SECONDS: "1" } });
});
test.afterAll(async () => stack.stop());

const bulk = (page: Page) => page.getByRole("region", { name: "Change the selected messages" });
const pick = (page: Page, row: number) => page.locator(`tbody tr[aria-rowindex="${row + 1}"] input[type=checkbox]`);

test("50 rows of the results picked with a key and a shift-click, claimed, then resolved, each in one confirmed step", async ({ page }) => {
  test.setTimeout(60_000);
  const { start, end } = fixedWindow(30);
  await page.goto(`${stack.url}/messages?start=${start}&end=${end}&per_page=100`);
  await expect(pick(page, 1)).toBeVisible();
  // From the keyboard, `x` picks the row the focus is on; a click on a checkbox picks its row.
  await page.locator('tbody tr[aria-rowindex="2"] a').focus();
  await page.keyboard.press("x");
  await expect(bulk(page).getByTestId("selected-count")).toHaveText("1 message selected");
  await expect(pick(page, 1)).toBeChecked();
  // Row 50 is drawn once the list is scrolled to it; shift picks every row between.
  await page.getByTestId("results-scroller").evaluate((scroller) => (scroller.scrollTop = 45 * 48));
  await pick(page, 50).click({ modifiers: ["Shift"] });
  await expect(bulk(page).getByTestId("selected-count")).toHaveText("50 messages selected");
  await expect(pick(page, 51)).not.toBeChecked();

  await bulk(page).getByLabel("Change").selectOption("claim");
  await bulk(page).getByRole("button", { name: "Claim 50 messages…" }).click();
  const confirm = bulk(page).getByRole("group", { name: "Confirm the change" });
  await expect(confirm).toContainText("Claim 50 messages?");
  await expect(confirm.getByRole("button", { name: "Confirm (50 messages)" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(bulk(page).getByRole("status")).toHaveText("Claim: 50 changed, 0 so already, 0 refused.", { timeout: 30_000 });

  await bulk(page).getByLabel("Change").selectOption("resolve");
  await bulk(page).getByLabel("With the verdict").selectOption("phishing_simulation");
  await bulk(page).getByRole("button", { name: "Resolve as Phishing simulation 50 messages…" }).click();
  await expect(confirm).toContainText("Resolve as Phishing simulation 50 messages?");
  await confirm.getByRole("button", { name: "Confirm (50 messages)" }).click();
  await expect(bulk(page).getByRole("status")).toHaveText("Resolve as Phishing simulation: 50 changed, 0 so already, 0 refused.", { timeout: 30_000 });

  // The rows in view show it without a reload, and the database has all fifty.
  await page.getByTestId("results-scroller").evaluate((scroller) => (scroller.scrollTop = 0));
  const resolvedToday = await fetch(`${stack.url}/api/triage?view=resolved_today`, { headers: { cookie: analystCookie() } });
  const rows = ((await resolvedToday.json()) as { rows: { messageId: string; verdict: string; assignee: { name: string } }[] }).rows;
  expect(rows).toHaveLength(50);
  expect(new Set(rows.map((row) => `${row.verdict} ${row.assignee.name}`))).toEqual(new Set(["phishing_simulation e2e-analyst"]));
  const firstId = await page.locator('tbody tr[aria-rowindex="2"]').getAttribute("data-row-id");
  expect(rows.map((row) => row.messageId)).toContain(firstId);
});

test("in the queue, select all and release: a message a colleague claimed meanwhile is refused alone, and the count says so", async ({ page }) => {
  await page.goto(`${stack.url}/queue?view=resolved_today`);
  await expect(page.locator("tbody tr")).toHaveCount(50);
  await page.getByRole("checkbox", { name: "Select all loaded messages" }).check();
  await expect(bulk(page).getByTestId("selected-count")).toHaveText("50 messages selected");
  await bulk(page).getByLabel("Change").selectOption("release");
  await bulk(page).getByRole("button", { name: "Release 50 messages…" }).click();
  await expect(bulk(page).getByRole("group", { name: "Confirm the change" })).toContainText("Release 50 messages?");

  // Between the count and the confirmation, one of them changes under the analyst's feet.
  const first = (await page.locator("tbody tr").first().getAttribute("data-message-id")) ?? "";
  const moved = await fetch(`${stack.url}/api/triage/${encodeURIComponent(first)}`, {
    method: "PATCH",
    headers: { cookie: analystCookie(), "content-type": "application/json" },
    body: JSON.stringify({ action: "verdict", version: 2, verdict: "spam" }),
  });
  expect(moved.status).toBe(200);
  await bulk(page).getByRole("button", { name: "Confirm (50 messages)" }).click();
  await expect(bulk(page).getByRole("status")).toHaveText("Release: 49 changed, 0 so already, 1 refused.");
  await expect(bulk(page).getByRole("list", { name: "Refused" })).toContainText("1 × Someone changed this message since you loaded it (e2e-analyst set the verdict to Spam)");
  // The queue reads itself again: the released ones say Nobody.
  await expect(page.locator("tbody tr").filter({ hasText: "Nobody" })).toHaveCount(49);
});
