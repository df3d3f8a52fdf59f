import { describe, expect, it } from "vitest";
import { createCloudflareClient } from "@/lib/cloudflare/client";
import { EMULATOR_ACCOUNT_ID, EMULATOR_TOKEN, createEmulator, type Fault } from "@/lib/emulator";
import { SEARCH_DEADLINE_MS, SearchTooSlowError, resumeSearch, searchMessages, type SearchDeps, type SearchResult } from "./search";

// A pending search over its whole life, on a fake clock: the server's polls inside each request and
// the browser's waits between requests (it sleeps the Retry-After our 202 gives) both move the clock.

function setUp(fault: Fault) {
  const emulator = createEmulator({ count: 50, slowSearch: false });
  emulator.addFault(fault);
  const clock = { now: Date.parse("2026-09-01T12:00:00Z") };
  /** When each search or poll reached Cloudflare, on the fake clock. */
  const calls: number[] = [];
  const client = createCloudflareClient({
    baseUrl: "https://emulator.invalid/client/v4",
    accountId: EMULATOR_ACCOUNT_ID,
    auth: { kind: "token", token: EMULATOR_TOKEN },
    fetch: (input, init) => {
      if (String(input).includes("/investigate")) calls.push(clock.now);
      return emulator.fetch(input, init);
    },
    pollBudgetMs: 5_000,
    sleep: (ms) => {
      clock.now += ms;
      return Promise.resolve();
    },
    now: () => clock.now,
  });
  const deps: SearchDeps = { client, secret: "s".repeat(40), now: () => clock.now };
  return { deps, clock, calls };
}

/** Runs a search as the browser does; the result is what it ended with and when, as the search's age. */
async function browse(deps: SearchDeps, clock: { now: number }) {
  const startedAt = clock.now;
  let result: SearchResult = await searchMessages(deps, { query: "slow" }, "ana");
  let browserPolls = 0;
  try {
    while (result.kind === "pending") {
      expect(result.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      clock.now += result.retryAfterSeconds * 1000;
      browserPolls++;
      result = await resumeSearch(deps, result.token, "ana");
    }
    return { ended: result.kind, ageMs: clock.now - startedAt, browserPolls };
  } catch (error) {
    if (error instanceof SearchTooSlowError) return { ended: "too slow" as const, ageMs: clock.now - startedAt, browserPolls };
    throw error;
  }
}

describe("a pending search over its life", () => {
  it("that never finishes costs at most 25 upstream calls in its five minutes, still polled near the end", async () => {
    const { deps, clock, calls } = setUp({ pendingForever: true });
    const startedAt = clock.now;
    const outcome = await browse(deps, clock);
    expect(outcome.ended).toBe("too slow");
    expect(outcome.ageMs).toBeGreaterThan(SEARCH_DEADLINE_MS);
    expect(calls.length).toBeLessThanOrEqual(25);
    // Not simply abandoned early: Cloudflare was still asked in the search's last minute.
    expect((calls.at(-1) ?? 0) - startedAt).toBeGreaterThan(SEARCH_DEADLINE_MS - 60_000);
    expect(outcome.browserPolls).toBeLessThanOrEqual(25);
  });

  it("that finishes on its third poll is answered within the first request", async () => {
    const { deps, clock, calls } = setUp({ pendingPolls: 2 });
    const outcome = await browse(deps, clock);
    expect(outcome).toMatchObject({ ended: "page", browserPolls: 0 });
    expect(outcome.ageMs).toBeLessThanOrEqual(3_000);
    expect(calls).toHaveLength(4);
  });
});
