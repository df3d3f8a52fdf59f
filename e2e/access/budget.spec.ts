import type { APIRequestContext, APIResponse, request as playwrightRequest } from "@playwright/test";
import { expect, test } from "../support/test";
import { apiErrorBodySchema } from "@/lib/http/error-shape";
import { resultPageSchema } from "@/lib/investigate/result-page";
import { E2E } from "../support/env";
import { signInWithPassword } from "../support/sign-in";

// The shared upstream budget, on a dashboard of its own (UPSTREAM_BUDGET small) against an emulator of
// its own that enforces a Cloudflare-style limit above that budget. Serial: the tests share the window.

test.describe.configure({ mode: "serial" });

const { appUrl, emulatorUrl, userNames, password, upstreamBudget, emulatorLimit } = E2E.budget;
type Recorded = { method: string; path: string; status: number | null };

async function upstreamRequests(request: APIRequestContext): Promise<Recorded[]> {
  const body = (await (await request.get(`${emulatorUrl}/__emulator/requests`)).json()) as { requests: Recorded[] };
  return body.requests.filter((r) => r.path.includes("/email-security/"));
}

/** A page of results, or a failure that says what came instead. */
async function resultPage(response: APIResponse) {
  if (response.status() !== 200) throw new Error(`expected a page of results, got ${response.status()}: ${(await response.text()).slice(0, 500)}`);
  return resultPageSchema.parse(await response.json());
}

async function signedIn(playwright: typeof playwrightRequest, name: string): Promise<APIRequestContext> {
  const context = await playwright.newContext({ baseURL: appUrl });
  await signInWithPassword(context, appUrl, name, password);
  return context;
}

test("identical concurrent requests reach the upstream once", async ({ playwright, request }) => {
  const user = await signedIn(playwright.request, userNames[0] ?? "");
  const first = (await resultPage(await user.get("/api/messages?per_page=1"))).messages[0];
  if (!first) throw new Error("no message");
  // A slow upstream answer, so the ten requests are surely in flight together.
  await request.post(`${emulatorUrl}/__emulator/faults`, { data: { match: encodeURIComponent(first.id), latencyMs: 800 } });
  const path = `/api/messages/${encodeURIComponent(first.id)}`;
  const answers = await Promise.all(Array.from({ length: 10 }, () => user.get(path)));
  for (const answer of answers) expect(answer.status()).toBe(200);
  const reached = (await upstreamRequests(request)).filter((r) => r.method === "GET" && r.path.endsWith(`/investigate/${encodeURIComponent(first.id)}`));
  expect(reached).toHaveLength(1);
  await request.delete(`${emulatorUrl}/__emulator/faults`);
  await user.dispose();
});

test("twenty users searching and scrolling stay within the budget: no upstream 429, fair 429s with Retry-After", async ({ playwright, request }) => {
  const users = await Promise.all(userNames.map((name) => signedIn(playwright.request, name)));
  const statuses: number[] = [];
  const answered = userNames.map(() => 0);
  const refusals: { retryAfter: string | undefined; message: string; upstream: unknown }[] = [];
  // Each user runs a search of their own (page sizes differ, so nothing coalesces), then scrolls:
  // follows the cursor for up to eight pages, all users at once.
  await Promise.all(
    users.map(async (user, index) => {
      const search = `/api/messages?per_page=${20 + index}`;
      let url: string | null = search;
      for (let page = 0; page < 8 && url; page++) {
        const response: Awaited<ReturnType<APIRequestContext["get"]>> = await user.get(url);
        statuses.push(response.status());
        if (response.status() === 200) answered[index] = (answered[index] ?? 0) + 1;
        if (response.status() === 429) {
          const body = apiErrorBodySchema.parse(await response.json());
          refusals.push({ retryAfter: response.headers()["retry-after"], message: body.error.message, upstream: body.error.upstream });
          break;
        }
        const cursor = (await resultPage(response)).next;
        url = cursor ? `${search}&cursor=${encodeURIComponent(cursor)}` : null;
      }
    }),
  );
  const upstream = await upstreamRequests(request);
  test.info().annotations.push({
    type: "budget",
    description: `${statuses.length} dashboard requests (${statuses.filter((s) => s === 200).length} × 200, ${refusals.length} × 429); ${upstream.length} upstream calls for a budget of ${upstreamBudget} (emulator limit ${emulatorLimit})`,
  });
  console.log(test.info().annotations.at(-1)?.description);
  expect(upstream.filter((r) => r.status === 429)).toEqual([]);
  expect(upstream.length).toBeLessThanOrEqual(upstreamBudget);
  expect(refusals.length).toBeGreaterThan(0);
  for (const refusal of refusals) {
    expect(Number(refusal.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refusal.message).toMatch(/budget|share/i);
    expect(refusal.upstream).toBeUndefined();
  }
  // Fairness: nobody was locked out by the others; every one of the twenty got answers.
  expect(Math.min(...answered)).toBeGreaterThanOrEqual(1);
  await Promise.all(users.map((user) => user.dispose()));
});
