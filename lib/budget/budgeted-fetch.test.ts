import { describe, expect, it, vi } from "vitest";
import { createCloudflareClient } from "@/lib/cloudflare/client";
import { isCloudflareError } from "@/lib/cloudflare/errors";
import { EMULATOR_ACCOUNT_ID, EMULATOR_TOKEN, createEmulator } from "@/lib/emulator";
import { isBudgetRefusal, type BudgetRefusal } from "./budget-refusal";
import { budgetedFetch } from "./budgeted-fetch";
import { runAsUser } from "./current-user";
import { UpstreamBudget } from "./upstream-budget";

// The real client on the embedded emulator, its fetch wrapped as lib/server/upstream.ts wraps it.
// Sleeps are recorded, not slept, and every acquire is counted: a refusal must reach the caller at once,
// not after the client's retries have slept and asked the budget again.
function setUp(limit: number, rateLimit?: { limit: number; windowMs: number; blockMs: number }, now?: () => number) {
  const emulator = createEmulator({ count: 200, ...(rateLimit ? { rateLimit } : {}) });
  const budget = new UpstreamBudget({ limit, windowMs: 300_000, floor: 1, ...(now ? { now } : {}) });
  const acquires: string[] = [];
  const acquire = budget.acquire.bind(budget);
  budget.acquire = (user) => {
    acquires.push(user);
    return acquire(user);
  };
  const sleeps: number[] = [];
  const client = createCloudflareClient({
    baseUrl: "https://emulator.invalid/client/v4",
    accountId: EMULATOR_ACCOUNT_ID,
    auth: { kind: "token", token: EMULATOR_TOKEN },
    fetch: budgetedFetch(emulator.fetch, budget),
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
  });
  return { emulator, client, budget, acquires, sleeps };
}

/** The error as the budget's refusal (lib/api/to-error-response.ts answers 429 with its message and wait). */
function refusal(error: unknown): BudgetRefusal {
  if (!isBudgetRefusal(error)) throw new Error(`expected the budget's refusal, got ${String(error)}`);
  return error;
}

describe("budgetedFetch", () => {
  it("refuses past the budget with a rate_limited error and Retry-After, before anything is sent", async () => {
    const { emulator, client, acquires, sleeps } = setUp(2);
    await runAsUser("ana", () => client.search({ per_page: 1 }));
    await runAsUser("ana", () => client.search({ per_page: 2 }));
    const error: unknown = await runAsUser("ana", () => client.search({ per_page: 3 })).catch((e: unknown) => e);
    expect(refusal(error).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refusal(error).message).toMatch(/budget/);
    expect(emulator.requests).toHaveLength(2);
    // Refused once, and handed on without a retry or a sleep.
    expect(acquires).toEqual(["ana", "ana", "ana"]);
    expect(sleeps).toEqual([]);
  });

  it("names the user's share when one user has spent it while others are active", async () => {
    const { client, acquires, sleeps } = setUp(4);
    await runAsUser("bo", () => client.search({ per_page: 1 }));
    await runAsUser("ana", () => client.search({ per_page: 2 }));
    await runAsUser("ana", () => client.search({ per_page: 3 }));
    const error: unknown = await runAsUser("ana", () => client.search({ per_page: 4 })).catch((e: unknown) => e);
    expect(refusal(error).message).toMatch(/your share/);
    expect(acquires).toHaveLength(4);
    expect(sleeps).toEqual([]);
  });

  it("stops every user, before anything is sent, once Cloudflare's Ratelimit says the quota is spent", async () => {
    const { emulator, client, sleeps } = setUp(100, { limit: 1, windowMs: 300_000, blockMs: 300_000 });
    await runAsUser("ana", () => client.search({ per_page: 1 }));
    const first: unknown = await runAsUser("ana", () => client.search({ per_page: 2 })).catch((e: unknown) => e);
    expect(refusal(first).reason).toBe("upstream");
    const sent = emulator.requests.length;
    const sleptBefore = sleeps.length;
    const other: unknown = await runAsUser("bo", () => client.search({ per_page: 3 })).catch((e: unknown) => e);
    expect(refusal(other).message).toMatch(/slow down/);
    expect(refusal(other).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(emulator.requests.length).toBe(sent);
    expect(sleeps.length).toBe(sleptBefore);
  });

  it("a Retry-After of a day stops the team for five minutes at most", async () => {
    const clock = { now: Date.parse("2026-09-01T12:00:00Z") };
    const { emulator, client } = setUp(100, undefined, () => clock.now);
    emulator.addFault({ rateLimited: { retryAfterSeconds: 86_400 }, times: 1 });
    const limited: unknown = await runAsUser("ana", () => client.search({ per_page: 1 })).catch((e: unknown) => e);
    expect(isCloudflareError(limited) && limited.code === "rate_limited" && limited.retryAfterSeconds).toBe(300);
    const blocked: unknown = await runAsUser("bo", () => client.search({ per_page: 2 })).catch((e: unknown) => e);
    expect(refusal(blocked).retryAfterSeconds).toBe(300);
    clock.now += 300_000;
    expect((await runAsUser("bo", () => client.search({ per_page: 2 }))).kind).toBe("page");
  });

  it("a 2xx to a call that was already in flight, sent after the refused one, ends the block", async () => {
    const clock = { now: 0 };
    const budget = new UpstreamBudget({ limit: 100, windowMs: 300_000, now: () => clock.now });
    const gates = new Map<string, () => void>();
    const fetch = budgetedFetch(async (input) => {
      const path = new URL(String(input)).pathname;
      await new Promise<void>((resolve) => gates.set(path, resolve));
      return path === "/limited" ? new Response("{}", { status: 429, headers: { "retry-after": "86400" } }) : new Response("{}");
    }, budget);
    const limited = fetch("https://x.test/limited");
    clock.now += 10;
    const inFlight = fetch("https://x.test/slow");
    await vi.waitFor(() => expect(gates.size).toBe(2));
    gates.get("/limited")?.();
    await limited;
    expect(budget.acquire("anyone")?.reason).toBe("upstream");
    gates.get("/slow")?.();
    await inFlight;
    expect(budget.acquire("anyone")).toBeNull();
  });
});
