import { describe, expect, it } from "vitest";
import { pollDueMs, retryDelayMs } from "./backoff";

describe("backoff", () => {
  it("retries like Cloudflare's SDK: 0.5 s doubling to 8 s, up to 25 % jitter off", () => {
    expect([0, 1, 2, 3, 4, 5].map((retry) => retryDelayMs(retry, () => 0))).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(retryDelayMs(0, () => 0.999_999)).toBe(375);
  });

  it("polls by the search's age: every second at first, then further apart, at most every 30 s", () => {
    expect([0, 1, 2, 3, 8, 9, 17, 18, 19].map(pollDueMs)).toEqual([500, 1000, 2000, 3000, 8000, 10_000, 106_000, 136_000, 166_000]);
    const due = Array.from({ length: 40 }, (_, poll) => pollDueMs(poll));
    for (let poll = 1; poll < due.length; poll++) {
      const gap = (due[poll] ?? 0) - (due[poll - 1] ?? 0);
      expect(gap).toBeGreaterThan(0);
      expect(gap).toBeLessThanOrEqual(30_000);
    }
    // A search that never finishes: 24 polls within its five minutes.
    expect(due.filter((age) => age <= 300_000)).toHaveLength(24);
  });
});
