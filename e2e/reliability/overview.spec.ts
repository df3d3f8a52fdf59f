import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../support/test";
import { isDetectionDisposition } from "@/lib/emulator/detection-rule";
import { HOSTILE_MESSAGE_IDS } from "@/lib/emulator/hostile-messages";
import { periodDays } from "@/lib/overview/overview-values";
import { E2E } from "../support/env";
import { startStack, type Stack } from "./support/stack";

// The manager's overview against a dashboard and emulator of its own: the landing page for managers,
// totals per disposition equal to a count made here from the emulator's own data, a cold count costing
// about one call per 1,000 detections, and a reload costing none.

test.describe.configure({ mode: "default" });
test.use({ storageState: E2E.storageState.manager });

let stack: Stack;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  stack = await startStack({ appPort: E2E.appPort + 93, env: { UPSTREAM_BUDGET: "1200", UPSTREAM_BUDGET_WINDOW_SECONDS: "1" } });
});
test.afterAll(async () => stack?.stop());

/** The emulator's detections on the given UTC days, counted by disposition, from its data. */
function countedHere(days: readonly string[]): { byDisposition: Map<string, number>; total: number } {
  const wanted = new Set(days);
  const byDisposition = new Map<string, number>();
  let total = 0;
  for (const message of stack.upstream.emulator.messages) {
    const stamp = message.scanned_at ?? (message.ts ? `${message.ts}Z` : null);
    // The emulator's record with every field null keeps its place among the detections (hostile-messages.ts):
    // Cloudflare sends it with no disposition, and the overview counts it as "none given".
    const detection = isDetectionDisposition(message.final_disposition) || message.postfix_id === HOSTILE_MESSAGE_IDS.allNulls;
    if (!stamp || !wanted.has(new Date(stamp).toISOString().slice(0, 10)) || !detection) continue;
    const name = message.final_disposition ?? "none given";
    byDisposition.set(name, (byDisposition.get(name) ?? 0) + 1);
    total++;
  }
  return { byDisposition, total };
}

const overviewCalls = () => stack.upstream.emulator.requests.filter((request) => request.method === "GET" && /\/investigate$/.test(request.path) && request.query.includes("detections_only=true")).length;

test("a manager lands on the overview; its 30-day totals per disposition, MALICIOUS-BEC among them, are the emulator's own; a reload spends no call", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${stack.url}/`);
  await expect(page).toHaveURL(`${stack.url}/overview`);
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "counted" })).toHaveText("Every day of the period is counted.", { timeout: 60_000 });

  const expected = countedHere(periodDays(30, Date.now()));
  expect(expected.byDisposition.get("MALICIOUS-BEC") ?? 0).toBeGreaterThan(0);
  const totals = page.getByTestId("overview-totals");
  for (const [name, count] of expected.byDisposition) await expect(totals.locator(`tr[data-disposition="${name}"] [data-testid="total"]`)).toHaveText(count.toLocaleString("en-US"));
  await expect(totals.locator('tr[data-disposition="Total"] [data-testid="total"]')).toHaveText(expected.total.toLocaleString("en-US"));
  // Nothing that is not a detection is counted.
  await expect(totals.locator('tr[data-disposition="NONE"]')).toHaveCount(0);

  // The cold count: about one call per 1,000 detections of both periods (the one shown and the one before).
  const both = countedHere([...periodDays(30, Date.now(), 1), ...periodDays(30, Date.now())]).total;
  const spent = overviewCalls();
  expect(spent).toBeLessThanOrEqual(Math.ceil(both / 1000) + 2);

  // Warm: every day is kept, and none is read again.
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "counted" })).toHaveText("Every day of the period is counted.");
  await expect(totals.locator('tr[data-disposition="Total"] [data-testid="total"]')).toHaveText(expected.total.toLocaleString("en-US"));
  expect(overviewCalls()).toBe(spent);

  // A bar opens the search that makes it up.
  const spam = page.locator('[data-testid="chart-bar"][data-disposition="SPAM"]').first();
  const day = (await spam.getAttribute("data-day")) ?? "";
  await spam.click();
  await expect(page).toHaveURL(new RegExp(`/messages\\?start=${day}T00%3A00%3A00Z&end=${day}T23%3A59%3A59Z&detections_only=true&final_disposition=SPAM$`));
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no serious violation on the overview, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${stack.url}/overview`);
    await expect(page.getByRole("status").filter({ hasText: "counted" })).toHaveText("Every day of the period is counted.", { timeout: 60_000 });
    await page.getByText("The numbers per day").click();
    await expect(page.getByTestId("overview-days")).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
