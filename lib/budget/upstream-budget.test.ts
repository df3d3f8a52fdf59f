import { describe, expect, it } from "vitest";
import { UpstreamBudget } from "./upstream-budget";

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("UpstreamBudget", () => {
  it("spends at most the limit per window for the whole server, then says when the oldest call expires", () => {
    const time = clock();
    const budget = new UpstreamBudget({ limit: 10, windowMs: 300_000, floor: 10, now: time.now });
    for (let i = 0; i < 10; i++) {
      expect(budget.acquire(`user-${i % 3}`)).toBeNull();
      time.advance(1000);
    }
    expect(budget.acquire("user-9")).toEqual({ reason: "server", retryAfterMs: 290_000 });
    time.advance(290_000);
    expect(budget.acquire("user-9")).toBeNull();
  });

  it("gives each active user a fair share, so one user scrolling hard cannot lock the others out", () => {
    const time = clock();
    const budget = new UpstreamBudget({ limit: 100, windowMs: 300_000, floor: 5, now: time.now });
    for (let i = 0; i < 10; i++) expect(budget.acquire(`other-${i}`)).toBeNull();
    // Eleven active users: a share of the 95 reads may spend (5 are kept for actions), 95 / 11 = 8 each.
    let spent = 0;
    while (budget.acquire("heavy") === null) spent++;
    expect(spent).toBe(8);
    expect(budget.acquire("heavy")?.reason).toBe("user");
    for (let i = 0; i < 10; i++) expect(budget.acquire(`other-${i}`)).toBeNull();
  });

  it("does not split the budget with background work: an analyst's share stays whole while the overview counts", () => {
    const budget = new UpstreamBudget({ limit: 100, windowMs: 300_000, actionRoom: 0, now: () => 0 });
    for (let i = 0; i < 20; i++) expect(budget.acquire("background:overview")).toBeNull();
    let spent = 0;
    while (budget.acquire("ana") === null) spent++;
    // Alone among people, ana may read all the server has left: 80, not half of 100.
    expect(spent).toBe(80);
    expect(budget.acquire("ana")?.reason).toBe("server");
  });

  it("lets a lone user use the whole budget, its reads all but the room kept for actions", () => {
    const budget = new UpstreamBudget({ limit: 50, windowMs: 1000, actionRoom: 3, now: () => 0 });
    let spent = 0;
    while (budget.acquire("alone") === null) spent++;
    expect(spent).toBe(47);
    while (budget.acquire("alone", "action") === null) spent++;
    expect(spent).toBe(50);
  });

  it("keeps room for actions while reads are served: an analyst past their share of reads still acts", () => {
    const time = clock();
    // 1,000 a window, of which reads may spend 950: the last twentieth is kept for actions.
    const budget = new UpstreamBudget({ limit: 1000, windowMs: 300_000, now: time.now });
    for (let i = 0; i < 9; i++) expect(budget.acquire(`other-${i}`)).toBeNull();
    // Ten active users: a share of 95 reads each. Past it, reads are refused; an action is not.
    while (budget.acquire("heavy") === null);
    expect(budget.acquire("heavy")?.reason).toBe("user");
    expect(budget.acquire("heavy", "action")).toBeNull();
    let refusal = null;
    for (let i = 0; refusal === null; i++) refusal = budget.acquire(`other-${i % 9}`);
    expect(refusal.reason).toBe("server");
    expect(budget.used()).toBe(950);
    for (let i = 0; i < 50; i++) expect(budget.acquire("heavy", "action")).toBeNull();
    expect(budget.acquire("heavy", "action")?.reason).toBe("server");
    // Cloudflare's stop holds actions too: sent now, they would only earn another 429.
    time.advance(300_000);
    budget.blockFor(10_000);
    expect(budget.acquire("heavy", "action")?.reason).toBe("upstream");
  });

  it("stops every call while Cloudflare's Retry-After runs", () => {
    const time = clock();
    const budget = new UpstreamBudget({ limit: 100, windowMs: 300_000, now: time.now });
    budget.blockFor(120_000);
    expect(budget.acquire("anyone")).toEqual({ reason: "upstream", retryAfterMs: 120_000 });
    time.advance(120_000);
    expect(budget.acquire("anyone")).toBeNull();
  });

  it("stops before Cloudflare's Ratelimit runs out, until its window resets", () => {
    const time = clock();
    const budget = new UpstreamBudget({ limit: 100, windowMs: 300_000, reserve: 2, now: time.now });
    budget.observeRemaining(50, 200);
    expect(budget.acquire("a")).toBeNull();
    budget.observeRemaining(2, 30);
    expect(budget.acquire("a")).toEqual({ reason: "upstream", retryAfterMs: 30_000 });
  });

  it("never stops everyone longer than Cloudflare's five-minute block, whatever an answer asks", () => {
    const time = clock();
    const budget = new UpstreamBudget({ limit: 100, windowMs: 300_000, now: time.now });
    budget.blockFor(86_400_000);
    expect(budget.acquire("anyone")).toEqual({ reason: "upstream", retryAfterMs: 300_000 });
    time.advance(300_000);
    expect(budget.acquire("anyone")).toBeNull();

    budget.observeRemaining(0, 86_400);
    expect(budget.acquire("anyone")).toEqual({ reason: "upstream", retryAfterMs: 300_000 });
    time.advance(300_000);
    expect(budget.acquire("anyone")).toBeNull();
  });

  it("takes a shorter longest block when configured, and never a longer one", () => {
    const time = clock();
    const short = new UpstreamBudget({ limit: 100, windowMs: 300_000, maxBlockMs: 3_000, now: time.now });
    short.blockFor(86_400_000);
    expect(short.acquire("anyone")).toEqual({ reason: "upstream", retryAfterMs: 3_000 });
    const long = new UpstreamBudget({ limit: 100, windowMs: 300_000, maxBlockMs: 86_400_000, now: time.now });
    long.blockFor(86_400_000);
    expect(long.acquire("anyone")).toEqual({ reason: "upstream", retryAfterMs: 300_000 });
  });

  it("ends the block on a 2xx to a call sent after the one that started it", () => {
    const time = clock(1_000);
    const budget = new UpstreamBudget({ limit: 100, windowMs: 300_000, now: time.now });
    const refusedSentAt = time.now();
    time.advance(5);
    const laterSentAt = time.now();
    time.advance(50);
    budget.blockFor(120_000, refusedSentAt);
    expect(budget.acquire("anyone")?.reason).toBe("upstream");
    budget.succeeded(laterSentAt);
    expect(budget.acquire("anyone")).toBeNull();
  });

  it("keeps the block on a 2xx to a call sent before (or with) the one that started it", () => {
    const time = clock(1_000);
    const budget = new UpstreamBudget({ limit: 100, windowMs: 300_000, now: time.now });
    const earlierSentAt = time.now();
    time.advance(5);
    const refusedSentAt = time.now();
    budget.blockFor(120_000, refusedSentAt);
    budget.succeeded(earlierSentAt);
    budget.succeeded(refusedSentAt);
    expect(budget.acquire("anyone")).toEqual({ reason: "upstream", retryAfterMs: 120_000 });
  });

  it("keeps the block on a 2xx sent between two calls that were both told to stop", () => {
    const time = clock(1_000);
    const budget = new UpstreamBudget({ limit: 100, windowMs: 300_000, now: time.now });
    const first = time.now();
    const between = time.advance(5);
    const second = time.advance(5);
    budget.blockFor(120_000, first);
    budget.blockFor(60_000, second);
    budget.succeeded(between);
    expect(budget.acquire("anyone")?.reason).toBe("upstream");
  });
});
