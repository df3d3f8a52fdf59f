import { describe, expect, it } from "vitest";
import { pollDelayMs, retryDelayMs } from "./backoff";

describe("backoff", () => {
  it("retries like Cloudflare's SDK: 0.5 s doubling to 8 s, up to 25 % jitter off", () => {
    expect([0, 1, 2, 3, 4, 5].map((retry) => retryDelayMs(retry, () => 0))).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(retryDelayMs(0, () => 0.999_999)).toBe(375);
  });

  it("polls from 0.5 s up to 4 s", () => {
    expect([0, 1, 2, 3, 4].map(pollDelayMs)).toEqual([500, 1000, 2000, 4000, 4000]);
  });
});
