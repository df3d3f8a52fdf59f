import { describe, expect, it } from "vitest";
import { toApiError } from "@/lib/api/to-error-response";
import { createCloudflareClient } from "@/lib/cloudflare/client";
import { EMULATOR_ACCOUNT_ID, EMULATOR_TOKEN, createEmulator } from "@/lib/emulator";
import { budgetedFetch } from "./budgeted-fetch";
import { runAsUser } from "./current-user";
import { UpstreamBudget } from "./upstream-budget";

// The real client on the embedded emulator, its fetch wrapped as lib/investigate/upstream.ts wraps it.
function setUp(limit: number, rateLimit?: { limit: number; windowMs: number; blockMs: number }) {
  const emulator = createEmulator({ count: 200, ...(rateLimit ? { rateLimit } : {}) });
  const budget = new UpstreamBudget({ limit, windowMs: 300_000, floor: 1 });
  const client = createCloudflareClient({
    baseUrl: "https://emulator.invalid/client/v4",
    accountId: EMULATOR_ACCOUNT_ID,
    auth: { kind: "token", token: EMULATOR_TOKEN },
    fetch: budgetedFetch(emulator.fetch, budget),
    sleep: () => Promise.resolve(),
  });
  return { emulator, client, budget };
}

describe("budgetedFetch", () => {
  it("refuses past the budget with a rate_limited error and Retry-After, before anything is sent", async () => {
    const { emulator, client } = setUp(2);
    await runAsUser("ana", () => client.search({ per_page: 1 }));
    await runAsUser("ana", () => client.search({ per_page: 2 }));
    const error: unknown = await runAsUser("ana", () => client.search({ per_page: 3 })).catch((e: unknown) => e);
    const apiError = toApiError(error);
    expect(apiError.code).toBe("rate_limited");
    expect(apiError.details.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(apiError.message).toMatch(/budget/);
    expect(emulator.requests).toHaveLength(2);
  });

  it("stops every user, before anything is sent, once Cloudflare's Ratelimit says the quota is spent", async () => {
    const { emulator, client } = setUp(100, { limit: 1, windowMs: 300_000, blockMs: 300_000 });
    await runAsUser("ana", () => client.search({ per_page: 1 }));
    const first: unknown = await runAsUser("ana", () => client.search({ per_page: 2 })).catch((e: unknown) => e);
    expect(toApiError(first).code).toBe("rate_limited");
    const sent = emulator.requests.length;
    const other: unknown = await runAsUser("bo", () => client.search({ per_page: 3 })).catch((e: unknown) => e);
    expect(toApiError(other).message).toMatch(/slow down/);
    expect(emulator.requests.length).toBe(sent);
  });
});
