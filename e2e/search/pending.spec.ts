import { addFault, uniqueTerm } from "../support/emulator";
import { bodyRows, expect, loggedRequests, test } from "./fixtures";

// Cloudflare's 202: the page says it is still searching, with the time so far, and can stop.

test("a 202 shows 'still searching' with the elapsed time, then the rows", async ({ page, request }) => {
  const term = uniqueTerm("slow");
  await addFault(request, { match: term, pendingPolls: 3 });
  await page.goto("/messages");
  const box = page.getByRole("search").getByLabel("Search", { exact: true });
  await box.fill(term);
  await box.press("Enter");
  const searching = page.getByText("Cloudflare is still searching…");
  await expect(searching).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Still searching." })).toBeAttached();
  await expect(page.getByTestId("elapsed")).toHaveText(/^[1-9]\d* s$/);
  await expect(searching).toBeHidden({ timeout: 20_000 });
  await expect(page.getByText("No messages match this search.").or(bodyRows(page).first())).toBeVisible();
});

test("cancel stops the polling: no more requests reach Cloudflare", async ({ page, request }) => {
  const term = uniqueTerm("forever");
  await addFault(request, { match: term, pendingForever: true });
  await page.goto("/messages");
  const since = new Date().toISOString();
  const box = page.getByRole("search").getByLabel("Search", { exact: true });
  await box.fill(term);
  await box.press("Enter");
  await expect(page.getByText("Cloudflare is still searching…")).toBeVisible();
  // Let the browser poll at least once, so cancelling stops a running loop.
  const browserPolls = () => page.evaluate(() => performance.getEntriesByType("resource").filter((entry) => entry.name.includes("/api/searches/")).length);
  await expect.poll(browserPolls, { timeout: 15_000 }).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("Search cancelled.")).toBeVisible();
  const cancelledAt = new Date().toISOString();

  // Cloudflare's poll URLs do not name the search, so find ours: the search that carried the term was
  // answered 202, and the poll ids first seen between it and the cancel are its polls (other tests'
  // slow searches in that span finish within 1.5 s and are never polled again).
  const log = await loggedRequests(request);
  const pollId = (path: string) => (path.includes("/investigate-search/") ? path.split("/").at(-1) : undefined);
  expect(log.some((entry) => entry.query.includes(term) && entry.status === 202)).toBe(true);
  const ours = new Set(log.filter((entry) => entry.at >= since && entry.at <= cancelledAt).flatMap((entry) => pollId(entry.path) ?? []));
  expect(ours.size).toBeGreaterThan(0);
  const polls = async () => (await loggedRequests(request)).filter((entry) => ours.has(pollId(entry.path) ?? "")).length;

  // A poll already on its way may still arrive; after that, silence.
  await page.waitForTimeout(2_500);
  const settled = await polls();
  const settledBrowser = await browserPolls();
  await page.waitForTimeout(5_000);
  expect(await polls()).toBe(settled);
  expect(await browserPolls()).toBe(settledBrowser);

  await page.getByRole("button", { name: "Search again" }).click();
  await expect(page.getByText("Cloudflare is still searching…")).toBeVisible();
});
