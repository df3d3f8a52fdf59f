import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { apiErrorBodySchema } from "@/lib/http/error-shape";
import { E2E } from "../support/env";
import { signInWithPassword } from "../support/sign-in";
import { fixedWindow } from "../support/walk-api";
import { allMessages, expect, test } from "./fixtures";

// The team's triage on a message, on the PostgreSQL-backed dashboard: a claim one analyst makes reaches
// a colleague's open page by itself; a change based on what someone else has changed meanwhile is refused
// and says what changed; every step is in the history and the audit trail; managers assign, never judge.

/** A message of its own for each test and each attempt, far down the list, so no other spec triages it. */
async function messageFor(request: Parameters<typeof allMessages>[0], index: number): Promise<string> {
  const messages = await allMessages(request);
  const { retry, repeatEachIndex } = test.info();
  const message = messages[messages.length - 1 - index - 10 * retry - 20 * repeatEachIndex];
  if (!message) throw new Error("the emulator has too few messages");
  return message.id;
}

async function colleaguePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E.appUrl });
  expect(await signInWithPassword(context.request, E2E.appUrl, E2E.users.colleague.name, E2E.users.colleague.password)).toBe(200);
  return context.newPage();
}

const triage = (page: Page) => page.getByRole("region", { name: "Triage" });

/** The ids of a search's first page; asked again through 429s (the analyst's share of the suite's budget) and 202s. */
async function resultIds(request: APIRequestContext, query: string): Promise<string[]> {
  let ids: string[] = [];
  await expect(async () => {
    const response = await request.get(`/api/messages?${query}`);
    expect(response.status()).toBe(200);
    ids = ((await response.json()) as { messages: { id: string }[] }).messages.map((message) => message.id);
  }).toPass({ timeout: 30_000, intervals: [1_000, 2_000, 5_000] });
  return ids;
}
const open = (page: Page, id: string) => page.goto(`/messages/${encodeURIComponent(id)}`);

test("a claim reaches a colleague's open page, and the colleague's stale change is refused, saying why", async ({ page, browser, request, guard }) => {
  guard.allow(/status of 409/);
  const id = await messageFor(request, 0);
  const colleague = await colleaguePage(browser);
  await Promise.all([open(page, id), open(colleague, id)]);
  await expect(triage(colleague).getByTestId("triage-assignee")).toHaveText("Nobody");

  await triage(page).getByRole("button", { name: "Claim" }).click();
  await expect(triage(page).getByTestId("triage-assignee")).toHaveText("e2e-analyst (you)");
  // No reload: the colleague's page polls.
  await expect(triage(colleague).getByTestId("triage-assignee")).toHaveText("e2e-analyst", { timeout: 8_000 });
  await expect(triage(colleague).getByTestId("triage-status")).toHaveText("In review");

  // The colleague judges the message while the analyst changes it: the colleague's page has not seen that.
  await colleague.route("**/api/triage/**", (route) => (route.request().method() === "GET" ? route.abort() : route.fallback()));
  await triage(colleague).getByLabel("Verdict").selectOption("spam");
  await triage(page).getByLabel("Verdict").selectOption("malicious");
  await triage(page).getByRole("button", { name: "Save" }).click();
  await expect(triage(page).getByTestId("triage-verdict")).toHaveText("Confirmed malicious");
  await triage(colleague).getByRole("button", { name: "Save" }).click();
  await expect(triage(colleague).getByRole("status")).toContainText("Someone changed this message since you loaded it (e2e-analyst set the verdict to Confirmed malicious)");
  await colleague.unroute("**/api/triage/**");
  await expect(triage(colleague).getByTestId("triage-verdict")).toHaveText("Confirmed malicious", { timeout: 8_000 });
  await colleague.context().close();
});

test("a message resolved with a verdict and a note shows its history in order, and the audit trail has each step", async ({ page, request, playwright }) => {
  const id = await messageFor(request, 1);
  await open(page, id);
  const panel = triage(page);
  await panel.getByRole("button", { name: "Claim" }).click();
  await expect(panel.getByTestId("triage-assignee")).toHaveText("e2e-analyst (you)");
  await panel.getByLabel("Add a note").fill("Same lure as last week's invoice run.\n<script>alert(1)</script>");
  await panel.getByRole("button", { name: "Add note" }).click();
  await expect(panel.getByRole("status")).toHaveText("Your note was added.");
  await expect(panel.getByLabel("Add a note")).toHaveValue("");
  await panel.getByLabel("Set status").selectOption("resolved");
  await panel.getByLabel("Verdict").selectOption("malicious");
  await panel.getByLabel("Reason (optional)").fill("credential phish");
  await panel.getByRole("button", { name: "Save" }).click();
  await expect(panel.getByTestId("triage-status")).toHaveText("Resolved");

  const history = panel.getByRole("list", { name: "Triage history" }).getByRole("listitem");
  await expect(history).toHaveText([
    /e2e-analyst set the status to In review/,
    /e2e-analyst assigned it to e2e-analyst/,
    /e2e-analyst added a note:\s*Same lure as last week's invoice run\.\s*<script>alert\(1\)<\/script>/,
    /e2e-analyst set the status to Resolved/,
    /e2e-analyst set the verdict to Confirmed malicious \(credential phish\)/,
  ]);

  const manager = await playwright.request.newContext({ baseURL: E2E.appUrl, storageState: E2E.storageState.manager });
  await expect(async () => {
    const changes = await (await manager.get(`/api/audit?who=e2e-analyst&event=triage_change`)).text();
    const notes = await (await manager.get(`/api/audit?who=e2e-analyst&event=triage_note`)).text();
    const steps = changes.match(new RegExp(`"what":"${id}"[^}]*`, "g"))?.join(" ") ?? "";
    expect(steps).toContain(`"action":"claim"`);
    expect(steps).toContain(`"to":"resolved","action":"status","verdict":"malicious"`);
    expect(notes).toContain(id);
  }).toPass({ timeout: 10_000 });
  await manager.dispose();
});

test.describe("as a manager", () => {
  test.use({ storageState: E2E.storageState.manager });

  test("a manager assigns but does not claim or resolve: the page offers neither and the API refuses both", async ({ page, request }) => {
    const id = await messageFor(request, 2);
    await open(page, id);
    await expect(triage(page).getByTestId("triage-status")).toHaveText("New");
    await expect(triage(page).getByRole("button", { name: "Claim" })).toHaveCount(0);
    await expect(triage(page).getByRole("button", { name: "Save" })).toHaveCount(0);

    const resolve = await request.patch(`/api/triage/${encodeURIComponent(id)}`, { data: { action: "status", version: 0, to: "resolved", verdict: "spam" } });
    expect(resolve.status()).toBe(403);
    expect((await request.patch(`/api/triage/${encodeURIComponent(id)}`, { data: { action: "claim", version: 0 } })).status()).toBe(403);
    const assign = await request.patch(`/api/triage/${encodeURIComponent(id)}`, { data: { action: "assign", version: 0, to: E2E.analystPrincipalId } });
    expect(assign.status()).toBe(200);
    expect(await assign.json()).toMatchObject({ assignee: { id: E2E.analystPrincipalId, name: "e2e-analyst" }, version: 1 });
    await expect(triage(page).getByTestId("triage-assignee")).toHaveText("e2e-analyst", { timeout: 8_000 });

    // And from the page: the colleague is listed (an analyst account), and the assignment shows.
    await triage(page).getByLabel("Assign to").selectOption({ label: E2E.users.colleague.name });
    await triage(page).getByRole("button", { name: "Assign" }).click();
    await expect(triage(page).getByTestId("triage-assignee")).toHaveText(E2E.users.colleague.name);
    await expect(triage(page).getByRole("list", { name: "Triage history" })).toContainText(`e2e-manager assigned it to ${E2E.users.colleague.name}`);
  });
});

test("bad changes are refused in the error shape and store nothing", async ({ request }) => {
  const id = await messageFor(request, 3);
  const url = `/api/triage/${encodeURIComponent(id)}`;
  const refusals = [
    [await request.patch(url, { data: { action: "status", version: 0, to: "done" } }), 400, "to"],
    [await request.patch(url, { data: { action: "verdict", version: 0, verdict: "probably bad" } }), 400, "verdict"],
    [await request.patch(url, { data: { action: "status", version: 0, to: "resolved" } }), 400, "verdict"],
    [await request.patch(url, { data: "not json", headers: { "Content-Type": "application/json" } }), 400, "body"],
    [await request.post(`${url}/notes`, { data: { text: "x".repeat(4_001) } }), 400, "text"],
    [await request.post(`${url}/notes`, { data: { text: "x".repeat(20_000) } }), 413, null],
  ] as const;
  for (const [response, status, field] of refusals) {
    expect(response.status()).toBe(status);
    const body = apiErrorBodySchema.parse(await response.json());
    if (field) expect(Object.keys(body.error.fields ?? {})).toContain(field);
  }
  // The lookup at Cloudflare spends the analyst's share of the suite's budget: a 429 may come first.
  await expect(async () => {
    const missing = await request.patch(`/api/triage/not-at-cloudflare-1`, { data: { action: "claim", version: 0 } });
    expect(missing.status()).toBe(404);
  }).toPass({ timeout: 30_000, intervals: [1_000, 2_000, 5_000] });
  for (const target of [id, "not-at-cloudflare-1"]) {
    expect(await (await request.get(`/api/triage/${encodeURIComponent(target)}`)).json()).toMatchObject({ version: 0, history: [], notes: [] });
  }
  const stale = await request.patch(url, { data: { action: "claim", version: 3 } });
  expect(stale.status()).toBe(409);
  // Whom to assign to is the managers' question.
  expect((await request.get("/api/analysts")).status()).toBe(403);
});

test("keyboard only: claim, set status and verdict, add a note, and move to the next message", async ({ page, request, guard }) => {
  // The claim's first look-up at Cloudflare spends the analyst's share of the suite's budget: a 429 may come first.
  guard.allow(/status of 429/);
  const { start, end } = fixedWindow(30);
  const query = `start=${start}&end=${end}&per_page=100`;
  const ids = await resultIds(request, query);
  const { retry, repeatEachIndex } = test.info();
  const index = 20 + 2 * retry + 4 * repeatEachIndex;
  const [id, next] = [ids[index] ?? "", ids[index + 1] ?? ""];
  await page.goto(`/messages/${encodeURIComponent(id)}?${query}`);
  const panel = triage(page);
  // The message page under a loaded suite (a clean-clone run) once took more than the default 5 s here.
  await expect(panel.getByTestId("triage-assignee")).toHaveText("Nobody", { timeout: 15_000 });

  await expect(async () => {
    await page.keyboard.press("c");
    await expect(panel.getByTestId("triage-assignee")).toHaveText("e2e-analyst (you)", { timeout: 2_000 });
  }).toPass({ timeout: 30_000, intervals: [1_000, 2_000, 5_000] });
  await page.keyboard.press("s");
  await expect(panel.getByLabel("Set status")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(panel.getByLabel("Set status")).toHaveValue("resolved");
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await expect(panel.getByLabel("Verdict")).toHaveValue("malicious");
  await page.keyboard.press("Tab");
  await page.keyboard.type("keyboard");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(panel.getByTestId("triage-status")).toHaveText("Resolved");

  await page.keyboard.press("n");
  await expect(panel.getByLabel("Add a note")).toBeFocused();
  await page.keyboard.type("Judged without a mouse.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("status")).toHaveText("Your note was added.");
  await expect(panel.getByRole("list", { name: "Triage history" })).toContainText("Judged without a mouse.");

  await page.keyboard.press("j");
  await expect(page).toHaveURL(new RegExp(`/messages/${encodeURIComponent(next).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\?`));
  await expect(triage(page).getByTestId("triage-assignee")).toHaveText("Nobody");
});

test("a claim reaches a colleague's open results within seconds, in the triage columns", async ({ browser, request }) => {
  const { start, end } = fixedWindow(30);
  const query = `start=${start}&end=${end}&per_page=100`;
  const id = (await resultIds(request, query))[5 + test.info().retry + 2 * test.info().repeatEachIndex] ?? "";
  const colleague = await colleaguePage(browser);
  await colleague.goto(`/messages?${query}`);
  const row = colleague.locator(`tbody tr[data-row-id="${id}"]`);
  await expect(row).toBeVisible();
  const headers = await colleague.locator("thead th").allTextContents();
  const cell = (name: string) => row.locator("td").nth(headers.findIndex((header) => header.trim() === name));
  await expect(cell("Status")).toHaveText("New");
  await expect(cell("Assignee")).toHaveText("—");

  await expect(async () => expect((await request.patch(`/api/triage/${encodeURIComponent(id)}`, { data: { action: "claim", version: 0 } })).status()).toBe(200)).toPass({
    timeout: 30_000,
    intervals: [1_000, 2_000, 5_000],
  });
  // No reload: the list polls the triage of the rows in view.
  await expect(cell("Assignee")).toHaveText("e2e-analyst", { timeout: 8_000 });
  await expect(cell("Status")).toHaveText("In review");
  await colleague.context().close();
});

test("a note is reworded by its author alone, the words replaced stay in the history, and a postfix-id link finds the same triage", async ({ page, browser, request, guard }) => {
  guard.allow(/status of 403/);
  const id = await messageFor(request, 4);
  await open(page, id);
  const panel = triage(page);
  await panel.getByLabel("Add a note").fill("Sender looks spoofed.");
  await panel.getByRole("button", { name: "Add note" }).click();
  await expect(panel.getByRole("status")).toHaveText("Your note was added.");
  await panel.getByRole("button", { name: "Edit note" }).click();
  await panel.getByLabel("Your note").fill("Sender is spoofed: SPF fails for the display domain.");
  await panel.getByRole("button", { name: "Save note" }).click();
  await expect(panel.getByRole("status")).toHaveText("Your note was changed.");
  const history = panel.getByRole("list", { name: "Triage history" }).getByRole("listitem");
  await expect(history).toHaveText([/e2e-analyst added a note:\s*Sender is spoofed: SPF fails for the display domain\.\s*\(edited\)/, /e2e-analyst edited their note; it read:\s*Sender looks spoofed\./]);

  // Nobody edits another's note: the colleague's page offers no edit, and the API refuses one.
  const answer = (await (await request.get(`/api/triage/${encodeURIComponent(id)}`)).json()) as { notes: { id: number }[]; version: number };
  const noteId = answer.notes[0]?.id ?? 0;
  const colleague = await colleaguePage(browser);
  await open(colleague, id);
  await expect(triage(colleague).getByRole("list", { name: "Triage history" })).toContainText("Sender is spoofed");
  await expect(triage(colleague).getByRole("button", { name: "Edit note" })).toHaveCount(0);
  const theirs = await colleague.request.patch(`/api/triage/${encodeURIComponent(id)}/notes/${noteId}`, { data: { text: "rewritten" } });
  expect(theirs.status()).toBe(403);
  expect(apiErrorBodySchema.parse(await theirs.json()).error.message).toContain("only its author edits it");
  expect((await request.patch(`/api/triage/${encodeURIComponent(id)}/notes/${noteId + 1_000_000}`, { data: { text: "x" } })).status()).toBe(404);
  await colleague.context().close();

  // The first documented form of a message's link, its bare postfix id, finds the record the investigate id keys.
  let postfixId = "";
  await expect(async () => {
    const message = await request.get(`/api/messages/${encodeURIComponent(id)}`);
    expect(message.status()).toBe(200);
    postfixId = ((await message.json()) as { postfix_id: string }).postfix_id;
  }).toPass({ timeout: 30_000, intervals: [1_000, 2_000, 5_000] });
  const byPostfix = await request.get(`/api/triage/${encodeURIComponent(postfixId)}`);
  expect(await byPostfix.json()).toMatchObject({ messageId: id, version: answer.version, notes: [{ id: noteId }] });
  const claim = await request.patch(`/api/triage/${encodeURIComponent(postfixId)}`, { data: { action: "claim", version: answer.version } });
  expect(claim.status()).toBe(200);
  expect(await (await request.get(`/api/triage/${encodeURIComponent(id)}`)).json()).toMatchObject({ messageId: id, assignee: { name: "e2e-analyst" } });
});
