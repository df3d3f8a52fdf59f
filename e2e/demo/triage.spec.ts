import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { expect, guardedTest as test } from "../support/guard";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { E2E } from "../support/env";
import { signInWithPassword } from "../support/sign-in";
import { fixedWindow } from "../support/walk-api";

// Triage on the embedded engine (PGlite under DATA_DIR, the demo's): the same steps as on PostgreSQL
// (e2e/detail/triage.spec.ts, e2e/reliability/bulk-triage.spec.ts), so a difference between the
// engines (locks, transactions, notices) shows here. The demo analyst and a colleague from AUTH_USERS.

const triage = (page: Page) => page.getByRole("region", { name: "Triage" });
const open = (page: Page, id: string) => page.goto(`/messages/${encodeURIComponent(id)}`);

/** Messages of the last 30 days, a different stretch for each test and attempt, and where it starts in the list. */
async function messages(request: APIRequestContext, slot: number, count = 1): Promise<{ ids: string[]; from: number }> {
  const { start, end } = fixedWindow(30);
  const response = await request.get(`/api/messages?start=${start}&end=${end}&per_page=1000`);
  expect(response.status()).toBe(200);
  const ids = ((await response.json()) as { messages: { id: string }[] }).messages.map((message) => message.id);
  const from = 60 * slot + 120 * test.info().retry + 240 * test.info().repeatEachIndex;
  const picked = ids.slice(from, from + count);
  if (picked.length < count) throw new Error("the demo has too few messages");
  return { ids: picked, from };
}

async function colleaguePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E.demoUrl });
  expect(await signInWithPassword(context.request, E2E.demoUrl, E2E.users.colleague.name, E2E.users.colleague.password)).toBe(200);
  return context.newPage();
}

test("two analysts on the embedded engine: a claim reaches the colleague's open page, whose stale change is refused saying why", async ({ page, browser, request, guard }) => {
  guard.allow(/status of 409/);
  const [id = ""] = (await messages(request, 0)).ids;
  const colleague = await colleaguePage(browser);
  await Promise.all([open(page, id), open(colleague, id)]);
  await expect(triage(colleague).getByTestId("triage-assignee")).toHaveText("Nobody");

  await triage(page).getByRole("button", { name: "Claim" }).click();
  await expect(triage(page).getByTestId("triage-assignee")).toHaveText("analyst (you)");
  await expect(triage(colleague).getByTestId("triage-assignee")).toHaveText("analyst", { timeout: 8_000 });

  await colleague.route("**/api/triage/**", (route) => (route.request().method() === "GET" ? route.abort() : route.fallback()));
  await triage(colleague).getByLabel("Verdict").selectOption("spam");
  await triage(page).getByLabel("Set status").selectOption("resolved");
  await triage(page).getByLabel("Verdict").selectOption("malicious");
  await triage(page).getByRole("button", { name: "Save" }).click();
  await expect(triage(page).getByTestId("triage-status")).toHaveText("Resolved");
  await triage(colleague).getByRole("button", { name: "Save" }).click();
  await expect(triage(colleague).getByRole("status")).toContainText("Someone changed this message since you loaded it (analyst set the status to Resolved; analyst set the verdict to Confirmed malicious)");
  await colleague.context().close();

  await triage(page).getByLabel("Add a note").fill("Resolved on the embedded engine.");
  await triage(page).getByRole("button", { name: "Add note" }).click();
  await expect(triage(page).getByRole("list", { name: "Triage history" }).getByRole("listitem")).toHaveText([
    /analyst set the status to In review/,
    /analyst assigned it to analyst/,
    /analyst set the status to Resolved/,
    /analyst set the verdict to Confirmed malicious/,
    /analyst added a note:\s*Resolved on the embedded engine\./,
  ]);

  // The demo's manager reads each step in the audit trail, and may assign but not resolve.
  const manager = DEMO_ACCOUNTS.find((account) => account.role === "manager");
  if (!manager) throw new Error("no demo manager");
  const managerContext = await browser.newContext({ baseURL: E2E.demoUrl });
  expect(await signInWithPassword(managerContext.request, E2E.demoUrl, manager.name, manager.password)).toBe(200);
  await expect(async () => {
    // The whole trail as CSV: the bulk test beside this one writes a hundred triage changes at once.
    const trail = await (await managerContext.request.get(`/api/audit?event=triage_change&format=csv`)).text();
    expect(trail.split("\n").filter((line) => line.includes(id)).length).toBeGreaterThanOrEqual(2);
  }).toPass({ timeout: 10_000 });
  const resolve = await managerContext.request.patch(`/api/triage/${encodeURIComponent(id)}`, { data: { action: "status", version: 2, to: "new" } });
  expect(resolve.status()).toBe(403);
  await managerContext.close();
});

test("bulk on the embedded engine: 50 messages claimed and resolved in one step each from the results", async ({ page, request }) => {
  test.setTimeout(60_000);
  const { ids, from } = await messages(request, 1, 50);
  // The rows of a search, picked by the same ids: the first and, with shift, the fiftieth.
  const { start, end } = fixedWindow(30);
  await page.goto(`/messages?start=${start}&end=${end}&per_page=1000`);
  const bar = page.getByRole("region", { name: "Change the selected messages" });
  const row = (id: string) => page.locator(`tbody tr[data-row-id="${id}"] input[type=checkbox]`);
  const scroller = page.getByTestId("results-scroller");
  const scrollTo = (index: number) => scroller.evaluate((element, top) => (element.scrollTop = top), Math.max(0, index - 2) * 48);
  await expect(page.locator("tbody tr[data-row-id]").first()).toBeVisible();
  await scrollTo(from);
  await row(ids[0] ?? "").click();
  await scrollTo(from + 45);
  await row(ids[49] ?? "").click({ modifiers: ["Shift"] });
  await expect(bar.getByTestId("selected-count")).toHaveText("50 messages selected");

  await bar.getByLabel("Change").selectOption("claim");
  await bar.getByRole("button", { name: "Claim 50 messages…" }).click();
  await bar.getByRole("button", { name: "Confirm (50 messages)" }).click();
  await expect(bar.getByRole("status")).toHaveText("Claim: 50 changed, 0 so already, 0 refused.", { timeout: 30_000 });
  await bar.getByLabel("Change").selectOption("resolve");
  await bar.getByRole("button", { name: "Resolve as Confirmed malicious 50 messages…" }).click();
  await bar.getByRole("button", { name: "Confirm (50 messages)" }).click();
  await expect(bar.getByRole("status")).toHaveText("Resolve as Confirmed malicious: 50 changed, 0 so already, 0 refused.", { timeout: 30_000 });

  const states = (await (await request.get(`/api/triage?view=all&ids=${ids.join(",")}`)).json()) as { rows: { status: string; verdict: string }[] };
  expect(states.rows.map((one) => `${one.status} ${one.verdict}`)).toEqual(Array(50).fill("resolved malicious"));
});

test("a view shared on the embedded engine opens for the colleague with the same search, saying its time is relative", async ({ request, browser }) => {
  const name = `Demo invoices ${Date.now().toString(36)} ${test.info().retry}`;
  const saved = await request.post("/api/views", { data: { name, searchQuery: "query=invoice&range=7d", shared: true } });
  expect(saved.status()).toBe(201);
  const colleague = await colleaguePage(browser);
  await colleague.goto("/views");
  await colleague.getByRole("row").filter({ hasText: name }).getByRole("link", { name }).click();
  await expect(colleague.getByRole("note")).toContainText("This view's time is relative");
  await colleague.getByRole("link", { name: "Open it now (moves with the clock)" }).click();
  await expect(colleague).toHaveURL(/\/messages\?query=invoice&range=7d$/);
  await colleague.context().close();
});
