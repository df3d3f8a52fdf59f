import type { Page } from "@playwright/test";
import type { Fault } from "@/lib/emulator/faults";
import { expect, guardedTest as test } from "../support/guard";
import { E2E } from "../support/env";
import { SERVER_FAILURE, startStack, type Stack } from "./support/stack";

// Every fault Cloudflare can throw at a search, through the browser, against a dashboard of our own
// whose log we read: each ends in a clear state on screen, with a bounded number of upstream calls,
// rows already loaded stay, and nothing escapes to the server log as an unhandled failure.

// One dashboard per worker; a failed test restarts the worker (and the dashboard) without skipping the rest.
test.describe.configure({ mode: "default" });

let stack: Stack;
const rows = (page: Page) => page.locator("tbody tr[data-row-id]");
const alert = (page: Page) => page.getByRole("main").getByRole("alert");
const calls = () => stack.upstream.emulator.requests.filter((entry) => entry.path.includes("/investigate"));
const upstreamCalls = () => calls().length;
/** Calls for the first page only: a short first page makes the table fetch the next one at once. */
const firstPageCalls = () => calls().filter((entry) => !entry.query.includes("cursor=")).length;
const loaded = async (page: Page) => Number(/^(\d+) messages loaded/.exec((await page.getByTestId("results-footer").textContent()) ?? "")?.[1] ?? NaN);

test.beforeAll(async () => {
  // Slow searches off: only the faults below make this dashboard wait.
  stack = await startStack({ appPort: E2E.appPort + 60, emulator: { slowSearch: false } });
});
test.afterAll(async () => {
  const log = stack.log();
  await stack.stop();
  expect(log, "no unhandled rejection or unexpected error in the server log").not.toMatch(SERVER_FAILURE);
});
test.beforeEach(({ guard }) => {
  stack.upstream.emulator.reset();
  // The page's own fetch of a failed answer is logged by Chromium; that is the failure under test.
  guard.allow(/Failed to load resource: the server responded with a status of (429|502|504)/);
});

const FIRST_PAGE: Array<[string, Fault, RegExp | null, number]> = [
  // [label, fault, what the alert says (null: rows arrive), most upstream calls allowed]
  ["a latency spike under the timeout", { latencyMs: 900 }, null, 1],
  ["a latency spike over the timeout", { latencyMs: 4000, times: 1 }, /took too long/, 1],
  ["a hang", { hang: true }, /took too long/, 1],
  ["a 500 on every call", { serverError: { status: 503 } }, /could not be reached or failed/, 3],
  ["truncated JSON", { body: "truncated-json" }, /cannot read/, 1],
  ["an HTML body", { body: "html" }, /cannot read/, 1],
  ["a body that violates the schema", { body: "schema-violation" }, /cannot read/, 1],
];

for (const [label, fault, says, most] of FIRST_PAGE) {
  test(`first page, ${label}: ${says ? "a clear error with a retry" : "the rows"}, at most ${most} upstream call(s)`, async ({ page }) => {
    stack.upstream.emulator.addFault(fault);
    await page.goto(`${stack.url}/messages?per_page=50`);
    if (says) {
      await expect(alert(page)).toContainText("The search failed", { timeout: 15_000 });
      await expect(alert(page)).toContainText(says);
      await expect(alert(page).getByRole("button", { name: "Retry" })).toBeVisible();
    } else {
      await expect(rows(page).first()).toBeVisible({ timeout: 15_000 });
    }
    await page.waitForTimeout(1_000); // any retry storm would show here
    expect(firstPageCalls(), JSON.stringify(calls())).toBeLessThanOrEqual(most);
  });
}

test("10% 5xx while scrolling through pages: the retries hide them, each page costs at most three calls", async ({ page }) => {
  stack.upstream.emulator.addFault({ serverError: { status: 500, rate: 0.1 } });
  await page.goto(`${stack.url}/messages?per_page=50`);
  await expect(rows(page).first()).toBeVisible({ timeout: 15_000 });
  const scroller = page.getByTestId("results-scroller");
  await expect(async () => {
    await scroller.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    expect(await loaded(page)).toBeGreaterThanOrEqual(600);
  }).toPass({ timeout: 30_000, intervals: [200] });
  await expect(alert(page)).toHaveCount(0);
  const failed = stack.upstream.emulator.requests.filter((entry) => entry.status === 500).length;
  expect(failed).toBeGreaterThan(0);
  const pages = calls().filter((entry) => entry.status === 200).length;
  expect(upstreamCalls()).toBe(pages + failed);
  expect(failed).toBeLessThanOrEqual(Math.ceil(pages * 0.2) + 1);
});

test("a 429 with a short Retry-After: waited out, then the rows, and no call before it passed", async ({ page }) => {
  stack.upstream.emulator.addFault({ rateLimited: { retryAfterSeconds: 2 }, times: 1 });
  await page.goto(`${stack.url}/messages?per_page=50`);
  await expect(rows(page).first()).toBeVisible({ timeout: 15_000 });
  const [limited, next] = calls();
  expect(limited?.status).toBe(429);
  expect(Date.parse(next?.at ?? "") - Date.parse(limited?.at ?? "")).toBeGreaterThanOrEqual(1_900);
});

test("429 on every call: 'Too many searches' with a countdown, and the retries stop", async ({ page }) => {
  stack.upstream.emulator.addFault({ rateLimited: { retryAfterSeconds: 2 } });
  await page.goto(`${stack.url}/messages?per_page=50`);
  await expect(alert(page)).toContainText("Too many searches", { timeout: 15_000 });
  await expect(page.getByTestId("retry-countdown")).toBeVisible();
  const settled = upstreamCalls();
  expect(settled).toBeLessThanOrEqual(3);
  // The countdown is at least 5 s: nothing more reaches Cloudflare meanwhile.
  await page.waitForTimeout(2_500);
  expect(upstreamCalls()).toBe(settled);
});

test("a 202 that never finishes: still searching, polled at a bounded rate, and cancel ends it", async ({ page }) => {
  stack.upstream.emulator.addFault({ pendingForever: true });
  await page.goto(`${stack.url}/messages?per_page=50`);
  await expect(page.getByText("Cloudflare is still searching…")).toBeVisible({ timeout: 10_000 });
  const before = upstreamCalls();
  await page.waitForTimeout(4_000);
  // The server polls within its budget and the browser waits Retry-After between its polls.
  expect(upstreamCalls() - before).toBeLessThanOrEqual(16);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("Search cancelled.")).toBeVisible();
  await page.waitForTimeout(2_500);
  const settled = upstreamCalls();
  await page.waitForTimeout(2_000);
  expect(upstreamCalls()).toBe(settled);
});

const LATER_PAGE: Array<[string, Fault, RegExp]> = [
  ["a 500", { serverError: { status: 500 } }, /could not be reached or failed/],
  ["an HTML body", { body: "html" }, /cannot read/],
  ["truncated JSON", { body: "truncated-json" }, /cannot read/],
  ["a hang", { hang: true }, /took too long/],
];

for (const [label, fault, says] of LATER_PAGE) {
  test(`a later page fails with ${label}: the rows already loaded stay, with the error and a retry`, async ({ page }) => {
    // A first page longer than the table's read-ahead (60 rows), so the next is fetched on scrolling only.
    await page.goto(`${stack.url}/messages?per_page=100`);
    await expect(page.getByTestId("results-footer")).toHaveText(/scroll for more/, { timeout: 15_000 });
    const before = await loaded(page);
    // The table's code loads beside the first page: the footer can count rows a moment before they show.
    await expect(rows(page).nth(4)).toBeAttached();
    const firstIds = await rows(page).evaluateAll((all) => all.slice(0, 5).map((row) => row.getAttribute("data-row-id")));
    stack.upstream.emulator.addFault(fault);
    await page.getByTestId("results-scroller").evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect(alert(page)).toContainText(says, { timeout: 15_000 });
    await expect(page.getByTestId("results-footer")).toHaveText(new RegExp(`^${before} messages loaded`));
    expect(await rows(page).count()).toBeGreaterThan(0);
    await page.getByTestId("results-scroller").evaluate((element) => element.scrollTo(0, 0));
    // The virtual table renders the top rows again on the next frame.
    await expect.poll(() => rows(page).evaluateAll((all) => all.slice(0, 5).map((row) => row.getAttribute("data-row-id")))).toEqual(firstIds);
    expect(calls().filter((entry) => entry.status !== 200).length).toBeLessThanOrEqual(3);
    stack.upstream.emulator.clearFaults();
    await alert(page).getByRole("button", { name: "Retry" }).click();
    await expect(page.getByTestId("results-footer")).toHaveText(new RegExp(`^${before + 100} messages loaded`), { timeout: 10_000 });
  });
}
