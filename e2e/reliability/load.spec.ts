import { expect, test } from "../support/test";
import { hashPassword } from "@/lib/accounts/password";
import { E2E } from "../support/env";
import { signIn } from "./support/session";
import { startStack, type Stack } from "./support/stack";

// Twenty analysts at once, for a bounded time, each searching, paging and opening messages as fast as
// answers come: no 5xx, Cloudflare never answers 429 (the dashboard's budget refuses first, with its
// own 429), and the server's memory stays flat once warm.

test.describe.configure({ mode: "default" });

const USERS = 20;
const ROUNDS = 5;
const ROUND_MS = 3_000;
const REST_MS = 1_500;
const PASSWORD = "reliability-load-password";
const QUERIES = ["", "invoice", "microsoft", "payroll", "urgent", "docusign", "shipment", "password"];

let stack: Stack;
const names = Array.from({ length: USERS }, (_, index) => `load-user-${index + 1}`);

test.beforeAll(async () => {
  const hash = hashPassword(PASSWORD);
  stack = await startStack({
    appPort: E2E.appPort + 64,
    // Cloudflare's limit and the dashboard's budget (1,200 and 1,000 in five minutes) scaled down to 30
    // and 25 in five seconds, so each round crosses them: without the budget, Cloudflare answers 429.
    emulator: { slowSearch: false, rateLimit: { limit: 30, windowMs: 5_000, blockMs: 5_000 } },
    env: {
      AUTH_USERS: names.map((name) => `${name}:analyst:${hash}`).join(","),
      UPSTREAM_BUDGET: "25",
      UPSTREAM_BUDGET_WINDOW_SECONDS: "5",
      OIDC_ISSUER: "",
      OIDC_CLIENT_ID: "",
      OIDC_CLIENT_SECRET: "",
    },
  });
});
test.afterAll(async () => stack.stop());

async function user(cookie: string, index: number, until: number, statuses: number[]): Promise<void> {
  const get = async (path: string) => {
    const response = await fetch(`${stack.url}${path}`, { headers: { cookie } });
    statuses.push(response.status);
    return response.ok ? ((await response.json()) as Record<string, unknown>) : null;
  };
  for (let round = 0; Date.now() < until; round++) {
    const query = QUERIES[(index + round) % QUERIES.length] ?? "";
    const page = await get(`/api/messages?per_page=25${query ? `&query=${query}` : ""}`);
    const messages = (page?.messages ?? []) as Array<{ id: string }>;
    if (typeof page?.next === "string") await get(`/api/messages?per_page=25${query ? `&query=${query}` : ""}&cursor=${encodeURIComponent(page.next)}`);
    const pick = messages[round % Math.max(1, messages.length)];
    if (pick) await get(`/api/messages/${encodeURIComponent(pick.id)}`);
    // A 429 from our budget says when to come back; a person would wait too.
    if (statuses.at(-1) === 429) await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

test("twenty concurrent users in five 3 s rounds: zero 5xx, zero upstream 429, memory flat", async () => {
  test.setTimeout(90_000);
  const cookies = await Promise.all(names.map((name) => signIn(stack.url, name, PASSWORD)));
  const statuses: number[] = [];
  const settled: number[] = [];
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, stack.rssMb())), 500);
  for (let round = 0; round < ROUNDS; round++) {
    const until = Date.now() + ROUND_MS;
    await Promise.all(cookies.map((cookie, index) => user(cookie, index, until, statuses)));
    // Memory is compared between rounds at rest: mid-round it is a sawtooth of garbage not yet collected.
    await new Promise((resolve) => setTimeout(resolve, REST_MS));
    settled.push(stack.rssMb());
  }
  clearInterval(sampler);

  const counts = statuses.reduce<Record<number, number>>((all, status) => ({ ...all, [status]: (all[status] ?? 0) + 1 }), {});
  const upstreamCalls = stack.upstream.emulator.requests.length;
  const summary = `${statuses.length} requests ${JSON.stringify(counts)}, ${upstreamCalls} upstream calls; RSS at rest ${settled.map((mb) => mb.toFixed(0)).join(" → ")} MB, peak ${peak.toFixed(0)} MB`;
  test.info().annotations.push({ type: "load", description: summary });
  console.log(`load: ${summary}`);
  expect(statuses.length).toBeGreaterThan(200);
  expect(statuses.filter((status) => status >= 500)).toEqual([]);
  expect(statuses, "the run reached the budget, so the budget was what kept Cloudflare from 429").toContain(429);
  expect(stack.upstream.emulator.requests.filter((entry) => entry.status === 429)).toEqual([]);
  // Flat: the first rounds grow the heap to its working size (caches, JIT, V8's lazy collection: 200 to
  // 300 MB here, sooner or later depending on the machine's load); the last three rounds, a few hundred
  // requests, must add less than 50 MB.
  expect((settled.at(-1) ?? 0) - (settled[2] ?? 0)).toBeLessThan(50);
  expect(peak).toBeLessThan(500);
  expect(stack.log()).not.toMatch(/unhandled ?rejection|Unexpected error in a route handler/i);
});
