import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../support/test";
import { isDetectionDisposition } from "@/lib/emulator/detection-rule";
import { HOSTILE_MESSAGE_IDS } from "@/lib/emulator/hostile-messages";
import { EMULATOR_ACCOUNT_ID, EMULATOR_TOKEN } from "@/lib/emulator/constants";
import { periodDays } from "@/lib/overview/overview-values";
import { E2E } from "../support/env";
import { fixedWindow } from "../support/walk-api";
import { analystCookie, startStack, type Stack } from "./support/stack";

// The manager's overview against a dashboard and emulator of its own: the landing page for managers,
// totals per disposition equal to a count made here from the emulator's own data, a cold count costing
// about one call per 1,000 detections, and a reload costing none.

test.describe.configure({ mode: "default" });
test.use({ storageState: E2E.storageState.manager });

let stack: Stack;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  // A budget of 100 calls per 10 s: counting is paced to 20 of them, one call every 0.5 s.
  stack = await startStack({ appPort: E2E.appPort + 93, env: { UPSTREAM_BUDGET: "100", UPSTREAM_BUDGET_WINDOW_SECONDS: "10" } });
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

/** The counting's searches: detections 1,000 a page (an analyst's pages are smaller). */
const countingCalls = () => stack.upstream.emulator.requests.filter((request) => request.method === "GET" && /\/investigate$/.test(request.path) && request.query.includes("detections_only=true") && request.query.includes("per_page=1000"));
const overviewCalls = () => countingCalls().length;

test("while the overview counts, an analyst paging hard is refused nothing, and the counting stays within its fifth of the budget", async ({ page }) => {
  test.setTimeout(60_000);
  // The manager's page starts the count of 60 cold days.
  await page.goto(`${stack.url}/overview`);
  await expect.poll(overviewCalls).toBeGreaterThan(0);
  // 60 pages of a search in a few seconds: more than half of the 95 calls reads may spend, so were the
  // counting one of the users the budget is split between, the analyst would be refused from the 48th.
  const { start, end } = fixedWindow(30);
  const statuses: number[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 60; i++) {
    const answer: Response = await fetch(`${stack.url}/api/messages?start=${start}&end=${end}&detections_only=true&per_page=25${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, { headers: { cookie: analystCookie() } });
    statuses.push(answer.status);
    cursor = answer.ok ? (((await answer.json()) as { next: string | null }).next ?? null) : cursor;
  }
  expect(statuses.filter((status) => status !== 200)).toEqual([]);
  await expect(page.getByRole("status").filter({ hasText: "counted" })).toContainText("Every day of the period is counted.", { timeout: 60_000 });
  // No 10 s window holds more than the counting's 20 calls.
  const times = countingCalls().map((request) => Date.parse(request.at));
  for (const at of times) expect(times.filter((other) => other >= at && other < at + 10_000).length).toBeLessThanOrEqual(20);
});

test("a manager lands on the overview; its 30-day totals per disposition, MALICIOUS-BEC among them, are the emulator's own; a reload spends no call", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${stack.url}/`);
  await expect(page).toHaveURL(`${stack.url}/overview`);
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  // What is counted, and when, is said on the page.
  await expect(page.getByText("What is counted: Cloudflare's detections")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "counted" })).toContainText("The oldest of these counts was made", { timeout: 60_000 });
  await expect(page.getByRole("status").filter({ hasText: "counted" })).toContainText("Every day of the period is counted.", { timeout: 60_000 });

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
  await expect(page.getByRole("status").filter({ hasText: "counted" })).toContainText("Every day of the period is counted.");
  await expect(totals.locator('tr[data-disposition="Total"] [data-testid="total"]')).toHaveText(expected.total.toLocaleString("en-US"));
  expect(overviewCalls()).toBe(spent);

  // The most targeted recipient is the emulator's, and opens its search.
  const targeted = new Map<string, number>();
  for (const message of stack.upstream.emulator.messages) {
    const stamp = message.scanned_at ?? (message.ts ? `${message.ts}Z` : null);
    const detection = isDetectionDisposition(message.final_disposition) || message.postfix_id === HOSTILE_MESSAGE_IDS.allNulls;
    if (!stamp || !detection || !periodDays(30, Date.now()).includes(new Date(stamp).toISOString().slice(0, 10))) continue;
    for (const to of new Set((message.to ?? []).map((address) => address.toLowerCase()))) targeted.set(to, (targeted.get(to) ?? 0) + 1);
  }
  const [top] = [...targeted].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const first = page.getByTestId("top-recipients").getByRole("listitem").first();
  await expect(first).toContainText((top?.[1] ?? 0).toLocaleString("en-US"));
  await expect(first.getByRole("link")).toHaveAttribute("href", new RegExp(`recipient=${encodeURIComponent(top?.[0] ?? "").replaceAll(".", "\\.")}`));

  // Where the mail is opens the search for that state.
  await expect(page.getByRole("link", { name: "Quarantined", exact: true })).toHaveAttribute("href", /delivery_status=quarantined/);
  await expect(page.getByRole("link", { name: "Released from quarantine" })).toHaveAttribute("href", /message_action=QUARANTINE_RELEASED/);

  // MALICIOUS-BEC, which the search cannot filter, opens the overview's own list: exactly its messages.
  const bec = stack.upstream.emulator.messages.filter((message) => message.final_disposition === "MALICIOUS-BEC" && periodDays(30, Date.now()).includes((message.scanned_at ?? `${message.ts}Z`).slice(0, 10)));
  await totals.locator('tr[data-disposition="MALICIOUS-BEC"]').getByRole("link", { name: "MALICIOUS-BEC" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("MALICIOUS-BEC");
  const listed = page.getByTestId("listed-messages").locator("tbody tr");
  await expect(listed).toHaveCount(bec.length);
  expect((await listed.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-row-id")))).sort()).toEqual(bec.map((message) => message.id).sort());
  expect(overviewCalls()).toBe(spent);
  await page.goBack();

  // A bar opens the search that makes it up.
  const spam = page.locator('[data-testid="chart-bar"][data-disposition="SPAM"]').first();
  const day = (await spam.getAttribute("data-day")) ?? "";
  await spam.click();
  await expect(page.locator("tbody tr[data-row-id]").first()).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/messages\\?start=${day}T00%3A00%3A00Z&end=${day}T23%3A59%3A59Z&detections_only=true&final_disposition=SPAM$`));
});

/** The emulator's detections of the last 30 UTC days that `accept` takes, by id. */
function detectionsHere(accept: (message: (typeof stack.upstream.emulator.messages)[number]) => boolean): string[] {
  const days = new Set(periodDays(30, Date.now()));
  return stack.upstream.emulator.messages
    .filter((message) => {
      const stamp = message.scanned_at ?? (message.ts ? `${message.ts}Z` : null);
      return stamp !== null && days.has(new Date(stamp).toISOString().slice(0, 10)) && isDetectionDisposition(message.final_disposition) && accept(message);
    })
    .map((message) => message.id)
    .sort();
}

test("a threat category and a failed SPF check, which the search cannot filter, open the overview's own list of exactly their messages", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`${stack.url}/overview`);
  await expect(page.getByRole("status").filter({ hasText: "counted" })).toContainText("Every day of the period is counted.", { timeout: 60_000 });
  const spent = overviewCalls();
  const listedIds = () => page.getByTestId("listed-messages").locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-row-id")).sort());

  const topCategory = page.getByTestId("top-categories").getByRole("listitem").first().getByRole("link");
  const category = (await topCategory.textContent()) ?? "";
  const ofCategory = detectionsHere((message) => (message.threat_categories ?? []).includes(category));
  expect(ofCategory.length).toBeGreaterThan(0);
  await topCategory.click();
  // The list is drawn on the server from the kept figures: on a loaded machine that can take seconds.
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Threat category ${category}`, { timeout: 15_000 });
  await expect(page.getByTestId("listed-messages").locator("tbody tr")).toHaveCount(ofCategory.length);
  expect(await listedIds()).toEqual(ofCategory);
  await page.goBack();

  const failedSpf = detectionsHere((message) => message.validation?.spf === "fail");
  expect(failedSpf.length).toBeGreaterThan(0);
  await page.getByRole("link", { name: "SPF fail" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("SPF failures");
  await expect(page.getByTestId("listed-messages").locator("tbody tr")).toHaveCount(failedSpf.length);
  expect(await listedIds()).toEqual(failedSpf);
  // Listed from what was kept: no call to Cloudflare.
  expect(overviewCalls()).toBe(spent);

  // A list that names two figures, or none, says what it needs.
  await page.goto(`${stack.url}/overview/messages?auth=spf&category=x&first=2026-12-01&last=2026-12-02`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("exactly one of them names the figure");
  await page.goto(`${stack.url}/overview/messages?auth=arc&first=2026-12-01&last=2026-12-02`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("must be spf, dkim or dmarc");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no serious violation on the overview, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${stack.url}/overview`);
    await expect(page.getByRole("status").filter({ hasText: "counted" })).toContainText("Every day of the period is counted.", { timeout: 60_000 });
    await page.getByText("The numbers per day").click();
    await expect(page.getByTestId("overview-days")).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("the team's triage of the period: a message resolved by an analyst shows among the figures, with its time to resolution", async ({ page }) => {
  const message = stack.upstream.emulator.messages.find((m) => m.final_disposition === "MALICIOUS" && !Object.values(HOSTILE_MESSAGE_IDS).includes(m.postfix_id as never));
  if (!message) throw new Error("no malicious message");
  const resolved = await fetch(`${stack.url}/api/triage/${encodeURIComponent(message.id)}`, {
    method: "PATCH",
    headers: { cookie: analystCookie(), "content-type": "application/json" },
    body: JSON.stringify({ action: "status", version: 0, to: "resolved", verdict: "malicious" }),
  });
  expect(resolved.status).toBe(200);
  await page.goto(`${stack.url}/overview`);
  const triage = page.getByTestId("overview-triage");
  await expect(triage.getByTestId("triage-resolved")).toHaveText("1");
  await expect(triage.getByTestId("triage-median")).not.toHaveText("—");
  await expect(page.getByText("Verdicts: Confirmed malicious 1")).toBeVisible();
  // Of one sender, that sender's messages only: its own sender's overview counts it, another's does not.
  await page.goto(`${stack.url}/overview?sender=${encodeURIComponent(message.from ?? "")}`);
  await expect(triage.getByTestId("triage-resolved")).toHaveText("1");
  await page.goto(`${stack.url}/overview?sender=someone-else.example`);
  await expect(triage.getByTestId("triage-resolved")).toHaveText("0");
});

test("the overview downloads as CSV for a report, and prints with its numbers and without the controls", async ({ page }) => {
  await page.goto(`${stack.url}/overview`);
  await expect(page.getByRole("status").filter({ hasText: "counted" })).toContainText("Every day of the period is counted.", { timeout: 60_000 });
  const total = (await page.getByTestId("overview-totals").locator('tr[data-disposition="Total"] [data-testid="total"]').textContent())?.replaceAll(",", "");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^overview-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync((await download.path()) ?? "", "utf8").split("\r\n");
  expect(lines[0]).toMatch(/^day \(UTC\),MALICIOUS,/);
  expect(lines).toHaveLength(30 + 2 + 2);
  const header = (lines[0] ?? "").split(",");
  expect(lines.find((line) => line.startsWith("period total,"))?.split(",")[header.indexOf("total")]).toBe(total);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Pages" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Download CSV" })).toBeHidden();
  await expect(page.getByTestId("overview-days-printed")).toBeVisible();
});

test.describe("as an analyst", () => {
  test.use({ storageState: E2E.storageState.analyst });

  test("count all gives a search's exact total and breakdown, paging the whole search", async ({ page }) => {
    const { start, end } = fixedWindow(30);
    const filters = `start=${start}&end=${end}&detections_only=true`;
    // Counted here, straight from the emulator, page by page.
    const expected = new Map<string, number>();
    let total = 0;
    let cursor: string | null = null;
    do {
      const url = `${stack.upstream.baseUrl}/accounts/${EMULATOR_ACCOUNT_ID}/email-security/investigate?${filters}&per_page=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const body = (await (await fetch(url, { headers: { Authorization: `Bearer ${EMULATOR_TOKEN}` } })).json()) as { result: { final_disposition: string | null }[]; result_info: { next?: string | null } };
      for (const message of body.result) expected.set(message.final_disposition ?? "none given", (expected.get(message.final_disposition ?? "none given") ?? 0) + 1);
      total += body.result.length;
      cursor = body.result_info.next ?? null;
    } while (cursor);

    await page.goto(`${stack.url}/messages?${filters}`);
    await expect(page.locator("tbody tr[data-row-id]").first()).toBeVisible();
    await page.getByRole("button", { name: "Count all" }).click();
    const counted = page.getByRole("region", { name: "Count of the whole search" });
    await expect(counted.getByTestId("count-all-status")).toHaveText(`Exactly ${total.toLocaleString("en-US")} messages in this search.`, { timeout: 60_000 });
    for (const [name, n] of expected) await expect(counted.locator(`li[data-disposition="${name}"]`)).toHaveText(`${name} ${n.toLocaleString("en-US")}`);
  });
});

test.describe("in Tokyo", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("the days follow the time-zone switch: Tokyo's days hold the detections scanned in them, and UTC's theirs", async ({ page }) => {
    await page.goto(`${stack.url}/overview`);
    await expect(page.getByRole("status").filter({ hasText: "counted" })).toContainText("Every day of the period is counted.", { timeout: 60_000 });
    await expect(page.getByRole("heading", { name: "Per day (Asia/Tokyo)" })).toBeVisible();
    await page.getByText("The numbers per day").click();
    const rows = page.getByTestId("overview-days").locator("tbody tr");
    // 30 UTC days touch 31 days in Tokyo, the first and last in part.
    await expect(rows).toHaveCount(31);
    await expect(rows.first().locator("th")).toContainText("(part)");
    const day = ((await rows.nth(10).locator("th").textContent()) ?? "").trim();
    const start = Date.parse(`${day}T00:00:00+09:00`);
    const inDay = stack.upstream.emulator.messages.filter((message) => {
      const stamp = message.scanned_at ?? (message.ts ? `${message.ts}Z` : null);
      const time = stamp ? Date.parse(stamp) : Number.NaN;
      return time >= start && time < start + 86_400_000 && (isDetectionDisposition(message.final_disposition) || message.postfix_id === HOSTILE_MESSAGE_IDS.allNulls);
    });
    await expect(rows.nth(10).locator("td").last()).toHaveText(inDay.length.toLocaleString("en-US"));

    await page.getByRole("radio", { name: "UTC" }).check();
    await expect(page.getByRole("heading", { name: "Per day (UTC)" })).toBeVisible();
    await expect(rows).toHaveCount(30);
  });
});

test("a period of one's own: its days, its totals and the same number of days before; a reversed one is refused in words", async ({ page }) => {
  const days = periodDays(30, Date.now()).slice(10, 13);
  await page.goto(`${stack.url}/overview`);
  await page.getByLabel("First day (UTC)").fill(days[0] ?? "");
  await page.getByLabel("Last day (UTC)").fill(days[2] ?? "");
  await page.getByRole("button", { name: "Show" }).click();
  // The form sends its empty filters too: they mean no filter.
  await expect(page).toHaveURL(new RegExp(`/overview\\?first=${days[0]}&last=${days[2]}&recipient=&sender=$`));
  await expect(page.getByRole("heading", { name: `Detections, ${days[0]} to ${days[2]} (UTC)` })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "counted" })).toContainText("Every day of the period is counted.", { timeout: 60_000 });
  const expected = countedHere(days);
  await expect(page.getByTestId("overview-totals").locator('tr[data-disposition="Total"] [data-testid="total"]')).toHaveText(expected.total.toLocaleString("en-US"));
  const before = countedHere(periodDays(30, Date.now()).slice(7, 10)).total;
  await expect(page.getByTestId("overview-totals").locator('tr[data-disposition="Total"] td').nth(1)).toHaveText(before.toLocaleString("en-US"));

  await page.goto(`${stack.url}/overview?first=${days[2]}&last=${days[0]}`);
  await expect(page.getByRole("alert").filter({ hasText: "That period cannot be shown" })).toContainText("must come before the last day");
  expect((await fetch(`${stack.url}/api/overview?first=${days[2]}&last=${days[0]}`, { headers: { cookie: analystCookie() } })).status).toBe(400);
});

test("the overview of one sender: counted and kept apart, its totals those of the search for that sender", async ({ page }) => {
  await page.goto(`${stack.url}/overview`);
  await expect(page.getByRole("status").filter({ hasText: "counted" })).toContainText("Every day of the period is counted.", { timeout: 60_000 });
  const domain = ((await page.getByTestId("top-sender-domains").getByRole("listitem").first().getByRole("link").textContent()) ?? "").replaceAll("[.]", ".");
  await page.getByLabel("Sender (address or domain)").fill(domain);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`, from ${domain.replaceAll(".", "\\.")}$`) })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "counted" })).toContainText("Every day of the period is counted.", { timeout: 60_000 });
  const days = await page.getByTestId("overview-days").locator("tbody tr th").allTextContents();
  const first = days[0]?.replace(" (part)", "").trim() ?? "";
  const last = days.at(-1)?.replace(" (part)", "").trim() ?? "";
  // The emulator's own answer for the same search, paged here.
  let total = 0;
  let cursor: string | null = null;
  do {
    const url = `${stack.upstream.baseUrl}/accounts/${EMULATOR_ACCOUNT_ID}/email-security/investigate?start=${first}T00:00:00Z&end=${last}T23:59:59Z&detections_only=true&sender=${encodeURIComponent(domain)}&per_page=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const body = (await (await fetch(url, { headers: { Authorization: `Bearer ${EMULATOR_TOKEN}` } })).json()) as { result: unknown[]; result_info: { next?: string | null } };
    total += body.result.length;
    cursor = body.result_info.next ?? null;
  } while (cursor);
  await expect(page.getByTestId("overview-totals").locator('tr[data-disposition="Total"] [data-testid="total"]')).toHaveText(total.toLocaleString("en-US"));
  // Its figures open searches of that sender.
  await expect(page.getByTestId("overview-totals").locator('tr[data-disposition="Total"] a')).toHaveAttribute("href", new RegExp(`sender=${encodeURIComponent(domain).replaceAll(".", "\\.")}`));
});

test("when Cloudflare fails, counting stops, says so, and is not started again by every poll", async ({ page }) => {
  stack.upstream.emulator.addFault({ match: "sender=nobody.example", serverError: { status: 503 } });
  try {
    await page.goto(`${stack.url}/overview?sender=nobody.example`);
    await expect(page.getByRole("status").filter({ hasText: "Counting" })).toContainText("Counting stopped:", { timeout: 30_000 });
    const tried = countingCalls().filter((request) => request.query.includes("sender=nobody.example")).length;
    // The page keeps polling (every 2 s); counting waits 30 s before it tries again.
    await page.waitForTimeout(6_000);
    expect(countingCalls().filter((request) => request.query.includes("sender=nobody.example")).length).toBe(tried);
  } finally {
    stack.upstream.emulator.clearFaults();
  }
});
