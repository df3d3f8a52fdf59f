import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "../support/test";
import { HOSTILE_MESSAGE_IDS } from "@/lib/emulator/hostile-messages";
import { EMULATOR_READ_ONLY_TOKEN } from "@/lib/emulator/constants";
import type { WireMessage } from "@/lib/emulator/generate/record";
import { E2E } from "../support/env";
import { signInWithPassword } from "../support/sign-in";
import { fixedWindow } from "../support/walk-api";
import { analystCookie, startStack, type Stack } from "./support/stack";

// Acting on mail from the message page: a move for every recipient with its result per recipient and
// the message read again, undone by the move back; a release from quarantine; one request sent once
// however often it arrives; managers offered nothing and refused; a read-only token said plainly.
// A dashboard and emulator of its own: the emulator's record of calls is this file's.

test.describe.configure({ mode: "default" });

let stack: Stack;
test.beforeAll(async () => {
  // Bulk jobs slow enough to be cancelled half-way.
  stack = await startStack({ appPort: E2E.appPort + 98, emulator: { bulkJobs: { discoverMs: 1_500, perSecond: 2 } }, env: { UPSTREAM_BUDGET: "1200", UPSTREAM_BUDGET_WINDOW_SECONDS: "1" } });
});
test.afterAll(async () => stack.stop());

const hostile = new Set<string>(Object.values(HOSTILE_MESSAGE_IDS));
/** The n-th message (after `skip`) the predicate accepts, of the emulator's. */
function messageWhere(accept: (message: WireMessage) => boolean, skip = 0): WireMessage {
  const found = stack.upstream.emulator.messages.filter((message) => !hostile.has(message.postfix_id) && accept(message))[skip];
  if (!found) throw new Error("the emulator has no message that fits");
  return found;
}
const deliveredTo = (count: number) => (message: WireMessage) => (message.delivery_status ?? []).join() === "delivered" && (message.to ?? []).length === count && !message.is_quarantined;
const panel = (page: Page) => page.getByRole("region", { name: "Act on this message" });
const open = (page: Page, id: string) => page.goto(`${stack.url}/messages/${encodeURIComponent(id)}`);
const movesOf = (id: string) => stack.upstream.emulator.requests.filter((request) => request.method === "POST" && request.path.endsWith(`/investigate/${encodeURIComponent(id)}/move`)).length;
const post = (path: string, body: unknown, cookie = analystCookie()) =>
  fetch(`${stack.url}${path}`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify(body) });

test("a phish moved from every recipient's inbox to Deleted Items: each recipient's result, the action log, the delivery status; undo moves it back", async ({ page }) => {
  const message = messageWhere(deliveredTo(2));
  await open(page, message.id);
  const state = page.getByTestId("message-state");
  await expect(state).toContainText("Now: Delivered");
  await panel(page).getByLabel("Move to").selectOption("DeletedItems");
  await panel(page).getByRole("button", { name: "Move…" }).click();
  const confirm = panel(page).getByRole("group", { name: "Confirm the action" });
  await expect(confirm).toContainText("Move this message to Deleted Items in the mailboxes of its 2 recipients:");
  for (const recipient of message.to ?? []) await expect(confirm).toContainText(recipient.replaceAll(".", "[.]"));
  expect(movesOf(message.id)).toBe(0);
  await expect(confirm.getByRole("button", { name: "Confirm the move (2 recipients)" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(panel(page).getByRole("status").first()).toHaveText("Moved to Deleted Items for 2 of 2 recipients.");
  await expect(panel(page).getByRole("list", { name: "Result per recipient" }).getByRole("listitem")).toHaveText([/moved to Deleted Items/, /moved to Deleted Items/]);
  // The page reads the message again: its delivery status and its action log say what was done.
  const facts = page.locator("dt", { hasText: "Delivery status" }).locator("xpath=following-sibling::dd");
  await expect(facts).toHaveText("moved");
  await expect(page.getByTestId("action-entry").last()).toContainText("MOVE — succeeded");
  expect(movesOf(message.id)).toBe(1);
  // The team's history of the message says who did it.
  await expect(page.getByRole("list", { name: "Triage history" })).toContainText(`${E2E.users.analyst.name} moved it to Deleted Items at Cloudflare (2 of 2 recipients)`);
  // The top of the page says where it is now, and who put it there.
  await expect(state).toContainText(`Now: Moved to Deleted Items by ${E2E.users.analyst.name}`);

  await panel(page).getByRole("button", { name: "Undo: move back to Inbox…" }).click();
  await expect(panel(page).getByRole("group", { name: "Confirm the action" })).toContainText("Undo: move this message to Inbox");
  await panel(page).getByRole("button", { name: "Confirm the move (2 recipients)" }).click();
  await expect(panel(page).getByRole("status").first()).toHaveText("Moved to Inbox for 2 of 2 recipients.");
  await expect(facts).toHaveText("delivered");
  await expect(state).toContainText(`Now: Moved to Inbox by ${E2E.users.analyst.name}`);
  expect(movesOf(message.id)).toBe(2);

  // Each step is in the audit trail.
  const audit = readFileSync(`/tmp/e2e-reliability-${E2E.appPort + 98}.log`, "utf8").split("\n").filter((line) => line.includes('"remediation"') && line.includes(message.id));
  // The file outlives a stack (a retry starts another on the same port): this run's steps are the last.
  expect(audit.slice(-2).map((line) => /"destination":"(\w+)"/.exec(line)?.[1])).toEqual(["DeletedItems", "Inbox"]);
});

test("a message moved over the results: its row beneath says so at once, without searching again", async ({ page }) => {
  const message = messageWhere((candidate) => deliveredTo(1)(candidate) && typeof candidate.scanned_at === "string", 3);
  const at = Date.parse(message.scanned_at ?? "");
  const iso = (time: number) => new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
  await page.goto(`${stack.url}/messages?start=${iso(at - 60_000)}&end=${iso(at + 60_000)}&detections_only=false`);
  const row = page.locator(`tbody tr[data-row-id="${message.id}"]`);
  await expect(row).toContainText("delivered");
  const searches = () => stack.upstream.emulator.requests.filter((request) => request.method === "GET" && request.path.endsWith("/investigate")).length;
  const searched = searches();
  await row.locator("a").first().click();
  const overlay = page.getByTestId("message-overlay");
  await panel(page).getByLabel("Move to").selectOption("JunkEmail");
  await panel(page).getByRole("button", { name: "Move…" }).click();
  await panel(page).getByRole("button", { name: "Confirm the move (1 recipient)" }).click();
  await expect(panel(page).getByRole("status").first()).toHaveText("Moved to Junk Email for 1 of 1 recipient.");
  // The message is read again after the action; its row beneath takes its new state from that reading.
  await expect(overlay.locator("dt", { hasText: "Delivery status" }).locator("xpath=following-sibling::dd")).toHaveText("moved");
  await overlay.getByRole("button", { name: "Close (Esc)" }).click();
  await expect(overlay).toHaveCount(0);
  await expect(row).toContainText("moved");
  expect(searches()).toBe(searched);
});

test("a quarantined message released to its recipients from its page, then reported as a false positive, with its outcome", async ({ page }) => {
  const message = messageWhere((m) => m.is_quarantined === true && (m.to ?? []).length >= 1);
  await open(page, message.id);
  await expect(page.getByTestId("message-state")).toContainText("Now: Quarantined");
  const move = panel(page).getByRole("button", { name: "Move…" });
  await expect(move).toBeDisabled();
  // Why not is said on hover and on keyboard focus, and a press does nothing.
  await move.hover();
  await expect(page.getByRole("tooltip")).toHaveText("A quarantined message is in no mailbox: release it first.");
  await move.click({ force: true });
  await expect(panel(page).getByRole("group", { name: "Confirm the action" })).toHaveCount(0);
  await page.mouse.move(0, 0);
  await expect(page.getByRole("tooltip")).toHaveCount(0);
  await move.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(move).toBeFocused();
  await expect(page.getByRole("tooltip")).toHaveText("A quarantined message is in no mailbox: release it first.");
  await expect(move).toHaveAccessibleDescription("A quarantined message is in no mailbox: release it first.");
  await panel(page).getByRole("button", { name: "Release from quarantine…" }).click();
  await expect(panel(page).getByRole("group", { name: "Confirm the action" })).toContainText("Release this message from quarantine and deliver it to its");
  await panel(page).getByRole("button", { name: /Confirm the release/ }).click();
  await expect(panel(page).getByRole("status").first()).toHaveText(`Released: delivered to ${(message.to ?? []).length}, failed for 0, not delivered to 0.`);
  await expect(panel(page).getByRole("button", { name: "Move…" })).toBeEnabled();
  await expect(page.getByTestId("message-state")).toContainText(`Now: Released from quarantine by ${E2E.users.analyst.name}`);

  // A false positive: reported to Cloudflare, and its review shows on the message by itself.
  await panel(page).getByLabel("Cloudflare got it wrong").selectOption("false_positive");
  await panel(page).getByRole("button", { name: "Report…" }).click();
  await expect(panel(page).getByRole("group", { name: "Confirm the report" })).toContainText("not a threat (false positive: it should be NONE)");
  await panel(page).getByRole("button", { name: "Confirm the report" }).click();
  await expect(panel(page).getByText("Reported to Cloudflare as a false positive.")).toBeVisible();
  const reports = panel(page).getByRole("list", { name: "Reports of this message" }).getByTestId("submission");
  await expect(reports).toHaveCount(1);
  await expect(reports.first()).toContainText("asked NONE");
  await expect(reports.first()).not.toContainText("waiting for Cloudflare's review", { timeout: 15_000 });
  await expect(reports.first()).toContainText(/Reclassified as requested \(NONE\)|Original verdict confirmed/);
  await expect(page.getByTestId("action-entry").last()).toContainText("SUBMISSION", { timeout: 10_000 });
});

test("one request acts once: sent twice at once and retried, the emulator is asked once", async () => {
  const message = messageWhere(deliveredTo(1), 1);
  const body = { requestId: "0f3c2a4e-request-once", destination: "JunkEmail" };
  const answers = await Promise.all([post(`/api/messages/${encodeURIComponent(message.id)}/move`, body), post(`/api/messages/${encodeURIComponent(message.id)}/move`, body)]);
  expect(answers.map((answer) => answer.status).sort()).toEqual(expect.arrayContaining([200]));
  expect(answers.every((answer) => answer.status === 200 || answer.status === 409)).toBe(true);
  const retried = await post(`/api/messages/${encodeURIComponent(message.id)}/move`, body);
  expect(retried.status).toBe(200);
  expect(await retried.json()).toMatchObject({ repeated: true, results: [{ success: true, destination: "JunkEmail" }] });
  expect(movesOf(message.id)).toBe(1);
  // The same id for another request is refused, and sends nothing.
  expect((await post(`/api/messages/${encodeURIComponent(message.id)}/move`, { ...body, destination: "Inbox" })).status).toBe(409);
  expect(movesOf(message.id)).toBe(1);
  // Bad input: a destination Cloudflare does not know, and no request id.
  expect((await post(`/api/messages/${encodeURIComponent(message.id)}/move`, { requestId: "0f3c2a4e-other-one", destination: "Trash" })).status).toBe(400);
  expect((await post(`/api/messages/${encodeURIComponent(message.id)}/move`, { destination: "Inbox" })).status).toBe(400);
});

test.describe("as a manager", () => {
  test.use({ storageState: E2E.storageState.manager });

  test("a manager is offered no action, and the API refuses one", async ({ page, context }) => {
    const message = messageWhere(deliveredTo(1), 2);
    await open(page, message.id);
    await expect(page.getByTestId("message-subject")).toBeVisible();
    await expect(panel(page)).toHaveCount(0);
    const cookies = (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
    const refused = await post(`/api/messages/${encodeURIComponent(message.id)}/move`, { requestId: "0f3c2a4e-manager-try", destination: "DeletedItems" }, cookies);
    expect(refused.status).toBe(403);
    expect(movesOf(message.id)).toBe(0);
  });
});

test.describe("with a read-only token", () => {
  let readOnly: Stack;
  test.beforeAll(async () => {
    // A dashboard of its own takes most of a default timeout to start on a loaded machine: a hook's own.
    test.setTimeout(120_000);
    readOnly = await startStack({ appPort: E2E.appPort + 99, env: { CLOUDFLARE_API_TOKEN: EMULATOR_READ_ONLY_TOKEN, UPSTREAM_BUDGET: "1200", UPSTREAM_BUDGET_WINDOW_SECONDS: "1" } });
  });
  test.afterAll(async () => readOnly?.stop());

  test("the action is refused in plain words, and no action is offered afterwards", async ({ page }) => {
    const message = readOnly.upstream.emulator.messages.find((m) => !hostile.has(m.postfix_id) && deliveredTo(1)(m));
    if (!message) throw new Error("no message");
    await page.goto(`${readOnly.url}/messages/${encodeURIComponent(message.id)}`);
    await panel(page).getByRole("button", { name: "Move…" }).click();
    await panel(page).getByRole("button", { name: /Confirm the move/ }).click();
    await expect(panel(page).getByRole("status").first()).toContainText("The Cloudflare API token is read-only");
    await page.reload();
    await expect(panel(page).getByRole("note")).toContainText("cannot move or release mail until it restarts");
    await expect(panel(page).getByRole("button", { name: "Move…" })).toHaveCount(0);
  });
});

test("150 rows moved: the review shows 150 and asks why, the request waits, the requester cannot approve it, a second analyst does, and the results show it", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const { start, end } = fixedWindow(30);
  const search = `${stack.url}/messages?start=${start}&end=${end}&per_page=200`;
  // A message among the 150 that is in its recipients' inboxes now: the results will show it moved.
  const listed = await fetch(`${stack.url}/api/messages?start=${start}&end=${end}&per_page=200`, { headers: { cookie: analystCookie() } });
  const first150 = ((await listed.json()) as { messages: { id: string; delivery_status: string[] | null }[] }).messages.slice(0, 150);
  const delivered = first150.find((message) => (message.delivery_status ?? []).join() === "delivered")?.id;
  if (!delivered) throw new Error("none of the 150 is delivered");
  await page.goto(search);
  const pick = (row: number) => page.locator(`tbody tr[aria-rowindex="${row + 1}"] input[type=checkbox]`);
  await pick(1).click();
  await page.getByTestId("results-scroller").evaluate((scroller) => (scroller.scrollTop = 145 * 48));
  await pick(150).click({ modifiers: ["Shift"] });
  const act = page.getByRole("region", { name: "Act on the selected messages" });
  await act.getByLabel("Folder").selectOption("DeletedItems");
  await act.getByRole("button", { name: "Review…" }).click();
  await expect(act).toContainText("Say why these messages are acted on.");
  await act.getByLabel("Justification (required)").fill("Campaign INC-4711: credential phish sent to the finance team");
  await act.getByRole("button", { name: "Review…" }).click();
  const review = act.getByRole("group", { name: "Review the request" });
  await expect(review).toContainText("Move 150 messages to Deleted Items?");
  await expect(review).toContainText("Exactly 150 selected messages");
  await expect(review.getByRole("listitem")).toHaveCount(6);
  const bulkMoves = () => stack.upstream.emulator.requests.filter((request) => request.method === "POST" && request.path.endsWith("/investigate/move")).length;
  await review.getByRole("button", { name: "Send the request (150 messages)" }).click();
  await expect(act.getByRole("status")).toHaveText("The request for 150 messages waits for a second analyst's approval.");
  expect(bulkMoves()).toBe(0);

  await act.getByRole("link", { name: "See it among the requests" }).click();
  const row = page.locator("tbody tr").filter({ hasText: "INC-4711" });
  await expect(row.getByTestId("request-status")).toHaveText("Waiting for approval");
  await expect(row).toContainText("Waiting for a second analyst (not you)");
  const id = (await row.getAttribute("data-request-id")) ?? "";
  const own = await post(`/api/remediation/${id}/approve`, {});
  expect(own.status).toBe(403);

  const colleague = await browser.newContext({ baseURL: stack.url });
  expect(await signInWithPassword(colleague.request, stack.url, E2E.users.colleague.name, E2E.users.colleague.password)).toBe(200);
  const theirs = await colleague.newPage();
  await theirs.goto(`${stack.url}/remediation`);
  const theirRow = theirs.locator("tbody tr").filter({ hasText: "INC-4711" });
  await theirRow.getByRole("textbox").fill("Confirmed with the finance lead");
  await theirRow.getByRole("button", { name: "Approve" }).click();
  await expect(theirRow.getByTestId("request-status")).toContainText("Done", { timeout: 15_000 });
  expect(bulkMoves()).toBe(1);
  // A second approval (another replica, a double click) sends nothing more.
  expect((await colleague.request.post(`${stack.url}/api/remediation/${id}/approve`, { data: {} })).status()).toBe(409);
  expect(bulkMoves()).toBe(1);
  await colleague.close();

  // The requester's page shows the decision, and the search shows the messages moved.
  await expect(row).toContainText(`Approved by ${E2E.users.colleague.name}`, { timeout: 10_000 });
  await page.goto(search);
  await expect(page.locator(`tbody tr[data-row-id="${delivered}"]`)).toContainText("moved");
  const triage = (await (await fetch(`${stack.url}/api/triage/${encodeURIComponent(delivered)}`, { headers: { cookie: analystCookie() } })).json()) as { history: { field: string; after: string }[] };
  // (An earlier test here may have released it from quarantine: that line is there too.)
  expect(triage.history.filter((line) => line.field === "action").map((line) => line.after)).toContain(
    `moved it to Deleted Items at Cloudflare in a request for 150 messages by ${E2E.users.analyst.name}, approved by ${E2E.users.colleague.name}`,
  );
});

test("a whole-search job: reviewed without a count, approved by a second analyst, followed live, cancelled half-way with the rest untouched", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { start, end } = fixedWindow(30);
  const filters = `start=${start}&end=${end}&final_disposition=SPAM&delivery_status=delivered`;
  // Where each message of the search stands before the job (earlier tests here moved some of them).
  const before = await fetch(`${stack.url}/api/messages?${filters}&per_page=1000`, { headers: { cookie: analystCookie() } });
  const standing = new Map(((await before.json()) as { messages: { id: string; delivery_status: string[] | null }[] }).messages.map((m) => [m.id, m.delivery_status]));
  await page.goto(`${stack.url}/messages?${filters}`);
  await expect(page.locator("tbody tr").first()).toBeVisible();
  await page.getByRole("button", { name: "Act on the whole search…" }).click();
  const act = page.getByRole("region", { name: "Act on every message of the search" });
  await act.getByLabel("Folder").selectOption("JunkEmail");
  await act.getByLabel("Justification (required)").fill("INC-5150: spam wave, out of every inbox");
  await act.getByRole("button", { name: "Review…" }).click();
  const review = act.getByRole("group", { name: "Review the request" });
  await expect(review).toContainText("Move every message this search finds to Junk Email?");
  await expect(review).toContainText("Cloudflare discovers how many messages that is when the job runs");
  await expect(review.getByTestId("search-words")).toContainText(`final disposition SPAM`);
  await expect(review.getByRole("list", { name: "A sample of the messages" }).getByRole("listitem")).toHaveCount(6);
  const jobsCreated = () => stack.upstream.emulator.requests.filter((request) => request.method === "POST" && request.path.endsWith("/investigate/bulk")).length;
  await review.getByRole("button", { name: "Send the request (the whole search)" }).click();
  await expect(act.getByRole("status")).toHaveText("The request for every message of the search waits for a second analyst's approval.");
  expect(jobsCreated()).toBe(0);

  await page.goto(`${stack.url}/remediation`);
  const row = page.locator("tbody tr").filter({ hasText: "INC-5150" });
  await expect(row).toContainText("Every message of the search");
  await expect(row.getByRole("link", { name: "Open the search" })).toHaveAttribute("href", new RegExp(`start=${encodeURIComponent(start)}.*final_disposition=SPAM`));
  const id = (await row.getAttribute("data-request-id")) ?? "";
  expect((await post(`/api/remediation/${id}/approve`, {})).status).toBe(403);

  const colleague = await browser.newContext({ baseURL: stack.url });
  expect(await signInWithPassword(colleague.request, stack.url, E2E.users.colleague.name, E2E.users.colleague.password)).toBe(200);
  const approved = await colleague.request.post(`${stack.url}/api/remediation/${id}/approve`, { data: { reason: "Checked the sample" } });
  expect(approved.status()).toBe(200);
  expect(await approved.json()).toMatchObject({ status: "running", job: { status: "DISCOVERING" } });
  // Two approvals (a double click, another replica) start one job.
  expect((await colleague.request.post(`${stack.url}/api/remediation/${id}/approve`, { data: {} })).status()).toBe(409);
  expect(jobsCreated()).toBe(1);
  await colleague.close();

  // The requester's page follows the job as it runs, and cancels it half-way.
  const progress = row.getByTestId("job-progress");
  await expect(progress.getByTestId("job-status")).toHaveText("Running", { timeout: 15_000 });
  const found = Number(await progress.getByTestId("job-discovered").textContent());
  expect(found).toBeGreaterThan(4);
  await expect.poll(async () => Number(await progress.getByTestId("job-successful").textContent()), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  await progress.getByRole("button", { name: "Cancel the job" }).click();
  await expect(progress.getByTestId("job-status")).toHaveText("Cancelled");
  await expect(row.getByTestId("request-status")).toHaveText("Cancelled");
  const counter = async (name: string) => Number(await progress.getByTestId(`job-${name}`).textContent());
  const counters = async () => ({ successful: await counter("successful"), failed: await counter("failed"), skipped: await counter("skipped"), cancelled: await counter("cancelled"), pending: await counter("pending") });
  const stopped = await counters();
  expect(stopped.cancelled).toBeGreaterThan(0);
  expect(stopped.successful + stopped.failed + stopped.skipped + stopped.cancelled + stopped.pending).toBe(found);
  await page.waitForTimeout(2_500);
  await page.reload();
  expect(await counters()).toEqual(stopped);
  await expect(progress.getByRole("button", { name: "Cancel the job" })).toHaveCount(0);

  // Per message: those reached were moved, those it did not reach are untouched.
  await progress.getByText("Per-message results").click();
  await progress.getByLabel("Show").selectOption("CANCELLED");
  const untouched = progress.getByTestId("job-message");
  await expect(untouched.first()).toContainText("cancelled");
  const untouchedId = (await untouched.first().getByRole("link").textContent()) ?? "";
  await progress.getByLabel("Show").selectOption("COMPLETED");
  await expect(progress.getByTestId("job-message")).toHaveCount(stopped.successful);
  const movedId = (await progress.getByTestId("job-message").first().getByRole("link").textContent()) ?? "";
  const deliveryOf = async (messageId: string) => {
    const answer = await fetch(`${stack.url}/api/messages/${encodeURIComponent(messageId)}`, { headers: { cookie: analystCookie() } });
    return ((await answer.json()) as { delivery_status: string[] | null }).delivery_status;
  };
  expect(standing.has(untouchedId)).toBe(true);
  expect(await deliveryOf(untouchedId)).toEqual(standing.get(untouchedId));
  expect(await deliveryOf(movedId)).toEqual(["moved"]);

  // Every step is in the audit trail: the request, the approval, the cancel.
  const audit = readFileSync(`/tmp/e2e-reliability-${E2E.appPort + 98}.log`, "utf8").split("\n").filter((line) => line.includes('"remediation"') && line.includes(id));
  expect(audit.map((line) => /"action":"(\w+)"/.exec(line)?.[1])).toEqual(expect.arrayContaining(["approve", "cancel"]));
});
