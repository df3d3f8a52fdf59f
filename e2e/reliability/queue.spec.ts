import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "../support/test";
import { apiErrorBodySchema } from "@/lib/http/error-shape";
import { E2E } from "../support/env";
import { signInWithPassword } from "../support/sign-in";
import { analystCookie, startStack, type Stack } from "./support/stack";

// The queue is read from the database alone: once a message has been triaged, listing it as "mine" or
// "unassigned" costs Cloudflare nothing, on either engine. Dashboards and emulators of their own, so
// every call an emulator records is these tests'.

// One dashboard per engine for the file, its tests in order in one worker (the first counts the rows of Mine).
test.describe.configure({ mode: "default" });

let stack: Stack;
let embedded: Stack;
test.beforeAll(async () => {
  // Room in the budget: the bulk test's first change to 50 messages looks each up at Cloudflare.
  const env = { UPSTREAM_BUDGET: "1200", UPSTREAM_BUDGET_WINDOW_SECONDS: "1" };
  [stack, embedded] = await Promise.all([startStack({ appPort: E2E.appPort + 95, env }), startStack({ appPort: E2E.appPort + 97, env, engine: "embedded" })]);
});
test.afterAll(async () => Promise.all([stack.stop(), embedded.stop()]));

async function changeOn(on: Stack, cookie: string, id: string, body: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${on.url}/api/triage/${encodeURIComponent(id)}`, {
    method: "PATCH",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
}
const change = (id: string, body: Record<string, unknown>) => changeOn(stack, analystCookie(), id, body);

/** Signs the page in to the embedded dashboard (no session was copied there); its cookie, for fetch. */
async function signInTo(on: Stack, page: Page, request: APIRequestContext): Promise<string> {
  expect(await signInWithPassword(request, on.url, E2E.users.analyst.name, E2E.users.analyst.password)).toBe(200);
  const { cookies } = await request.storageState();
  await page.context().addCookies(cookies);
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

async function listsWithoutCalls(on: Stack, cookie: string, page: Page): Promise<void> {
  const [mine, released] = on.upstream.emulator.messages.slice(0, 2).map((message) => message.id);
  if (!mine || !released) throw new Error("the emulator has no messages");
  await changeOn(on, cookie, mine, { action: "claim", version: 0 });
  await changeOn(on, cookie, released, { action: "claim", version: 0 });
  await changeOn(on, cookie, released, { action: "release", version: 1 });
  const calls = on.upstream.emulator.requests.length;

  await page.goto(`${on.url}/queue`);
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(page.locator(`tr[data-message-id="${mine}"]`)).toContainText("e2e-analyst");

  await page.getByRole("navigation", { name: "Queue views" }).getByRole("link", { name: "Unassigned" }).click();
  await expect(page).toHaveURL(/view=unassigned/);
  await expect(rows).toHaveCount(1);
  await expect(page.locator(`tr[data-message-id="${released}"]`)).toContainText("Nobody");

  expect(on.upstream.emulator.requests.length).toBe(calls);

  // A message released elsewhere shows in the open queue by itself (the release costs its first look-up).
  const [later] = on.upstream.emulator.messages.slice(2, 3).map((message) => message.id);
  if (!later) throw new Error("the emulator has too few messages");
  await changeOn(on, cookie, later, { action: "claim", version: 0 });
  await changeOn(on, cookie, later, { action: "release", version: 1 });
  await expect(rows).toHaveCount(2, { timeout: 12_000 });
  const calls2 = on.upstream.emulator.requests.length;

  const api = await fetch(`${on.url}/api/triage?view=in_review`, { headers: { cookie } });
  expect(((await api.json()) as { rows: { messageId: string }[] }).rows.map((row) => row.messageId).sort()).toEqual([mine, released, later].sort());
  expect(on.upstream.emulator.requests.length).toBe(calls2);

  await page.locator(`tr[data-message-id="${released}"]`).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/messages/${encodeURIComponent(released).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  await expect(page.getByRole("region", { name: "Triage" }).getByTestId("triage-status")).toHaveText("In review");
}

test("the queue lists mine and unassigned without any call to Cloudflare, and opens the message", async ({ page }) => {
  await listsWithoutCalls(stack, analystCookie(), page);
});

test("on the embedded engine too, the queue lists mine and unassigned without any call to Cloudflare", async ({ page, playwright }) => {
  const request = await playwright.request.newContext();
  const cookie = await signInTo(embedded, page, request);
  await listsWithoutCalls(embedded, cookie, page);
  await request.dispose();
});

test("a filter the queue does not know is refused, naming it", async ({ page }) => {
  const response = await fetch(`${stack.url}/api/triage?view=everything&colour=red`, { headers: { cookie: analystCookie() } });
  expect(response.status).toBe(400);
  const body = apiErrorBodySchema.parse(await response.json());
  expect(Object.keys(body.error.fields ?? {}).sort()).toEqual(["colour", "view"]);
  await page.goto(`${stack.url}/queue?colour=red`);
  await expect(page.getByRole("alert").filter({ hasText: "colour" })).toContainText("colour is not a filter of the queue");
});

test("50 messages claimed, then resolved, in one step each; one a colleague changed meanwhile is refused alone", async () => {
  const ids = stack.upstream.emulator.messages.slice(10, 60).map((message) => message.id);
  const bulk = async (body: Record<string, unknown>) => {
    const response = await fetch(`${stack.url}/api/triage`, { method: "POST", headers: { cookie: analystCookie(), "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(response.status).toBe(200);
    return (await response.json()) as { changed: string[]; unchanged: string[]; refused: { id: string; code: string; message: string }[] };
  };
  const claimed = await bulk({ change: { action: "claim" }, items: ids.map((id) => ({ id, version: 0 })) });
  expect(claimed.changed).toHaveLength(50);

  // Meanwhile the analyst changes one of them alone: the bulk step based on version 1 is stale there.
  const [moved] = ids;
  if (!moved) throw new Error("no message");
  await change(moved, { action: "verdict", version: 1, verdict: "spam" });
  const resolved = await bulk({ change: { action: "status", to: "resolved", verdict: "malicious", reason: "campaign" }, items: ids.map((id) => ({ id, version: 1 })) });
  expect(resolved.changed).toHaveLength(49);
  expect(resolved.refused).toEqual([{ id: moved, code: "conflict", message: expect.stringContaining("e2e-analyst set the verdict to Spam") }]);

  const today = await fetch(`${stack.url}/api/triage?view=resolved_today`, { headers: { cookie: analystCookie() } });
  expect(((await today.json()) as { rows: unknown[] }).rows).toHaveLength(49);
  const refusedBody = await fetch(`${stack.url}/api/triage`, { method: "POST", headers: { cookie: analystCookie(), "content-type": "application/json" }, body: JSON.stringify({ change: { action: "claim" }, items: [] }) });
  expect(refusedBody.status).toBe(400);
});
