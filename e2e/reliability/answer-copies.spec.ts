import { expect, test } from "../support/test";
import { analystCookie, startStack, type Stack } from "./support/stack";
import { E2E } from "../support/env";

// Copies of Cloudflare's answers: a search or a message another user just fetched costs no call, the
// page says how old the copy is, and Refresh asks Cloudflare again (spending the budget as any call).

test.describe.configure({ mode: "serial" });

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack({ appPort: E2E.appPort + 72, emulator: { slowSearch: false }, env: { UPSTREAM_ANSWER_COPIES: "on" } });
});
test.afterAll(async () => stack.stop());

const searchCalls = (term: string) => stack.upstream.emulator.requests.filter((entry) => entry.path.endsWith("/investigate") && entry.query.includes(term)).length;

test("a search or a message fetched a moment ago is served from its copy, with its age; Refresh's header asks again", async () => {
  const cookie = analystCookie();
  const term = `copies-${Date.now()}`;
  const search = `${stack.url}/api/messages?per_page=5&query=${term}`;
  const first = await fetch(search, { headers: { cookie } });
  expect(first.status).toBe(200);
  expect(first.headers.get("x-answer-age")).toBeNull();
  const second = await fetch(search, { headers: { cookie } });
  expect(second.headers.get("x-answer-age")).toMatch(/^\d+$/);
  expect(await second.json()).toEqual(await first.json());
  expect(searchCalls(term)).toBe(1);
  // What a browser sends with every fetch made with cache: "no-store" does not bypass the copy ...
  const noStore = await fetch(search, { headers: { cookie, "cache-control": "no-cache", pragma: "no-cache" } });
  expect(noStore.headers.get("x-answer-age")).toMatch(/^\d+$/);
  expect(searchCalls(term)).toBe(1);
  // ... the dashboard's own Refresh does.
  const fresh = await fetch(search, { headers: { cookie, "x-fresh-answer": "1" } });
  expect(fresh.headers.get("x-answer-age")).toBeNull();
  expect(searchCalls(term)).toBe(2);

  const id = stack.upstream.emulator.messages[3]?.id ?? "";
  const messageCalls = () => stack.upstream.emulator.requests.filter((entry) => entry.path.endsWith(`/investigate/${encodeURIComponent(id)}`)).length;
  for (let i = 0; i < 3; i++) expect((await fetch(`${stack.url}/api/messages/${encodeURIComponent(id)}`, { headers: { cookie } })).status).toBe(200);
  expect(messageCalls()).toBe(1);
});

test("the results say when they came from a copy, and Refresh loads Cloudflare's answer of now", async ({ browser }) => {
  const context = await browser.newContext({ storageState: E2E.storageState.analyst, baseURL: stack.url });
  const page = await context.newPage();
  // An absolute window: the same question on every load (a relative one moves every ten seconds).
  const end = new Date().toISOString();
  const start = new Date(Date.now() - 7 * 86_400_000).toISOString();
  // First pages only: the table goes on to load the next page by itself, each page a question of its own.
  const allSearches = () => stack.upstream.emulator.requests.filter((entry) => entry.path.endsWith("/investigate") && !entry.query.includes("cursor=")).length;
  await page.goto(`/messages?start=${start}&end=${end}&per_page=50`);
  await expect(page.getByTestId("results-footer")).toBeVisible();
  await expect(page.getByTestId("answer-age")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("answer-age")).toContainText("Cloudflare answered this search");
  const before = allSearches();
  await page.getByRole("button", { name: "Refresh" }).click();
  await expect(page.getByTestId("results-footer")).toBeVisible();
  await expect(page.getByTestId("answer-age")).toHaveCount(0);
  expect(allSearches()).toBe(before + 1);
  await context.close();
});
