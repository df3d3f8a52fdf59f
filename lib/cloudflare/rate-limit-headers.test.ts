import { describe, expect, it } from "vitest";
import { parseRateLimitHeaders } from "./rate-limit-headers";

const NOW = 1_000;
const read = (headers: Record<string, string>) => parseRateLimitHeaders(new Headers(headers), NOW);

describe("parseRateLimitHeaders", () => {
  it("reads Cloudflare's documented example", () => {
    expect(read({ ratelimit: '"default";r=50;t=30', "ratelimit-policy": '"burst";q=100;w=60' })).toEqual({
      remaining: 50,
      resetSeconds: 30,
      quota: 100,
      windowSeconds: 60,
      policy: "default",
      observedAt: NOW,
    });
  });

  it("matches the policy by name when several are sent, and keeps the most restrictive limit", () => {
    const reading = read({
      ratelimit: '"day";r=900;t=3600, "burst";r=4;t=12',
      "ratelimit-policy": '"day";q=1000;w=86400, "burst";q=1200;w=300',
    });
    expect(reading).toMatchObject({ remaining: 4, resetSeconds: 12, quota: 1200, windowSeconds: 300, policy: "burst" });
  });

  it("reads a limit without a policy, and tokens as well as strings", () => {
    expect(read({ ratelimit: "default;r=0;t=300" })).toEqual({ remaining: 0, resetSeconds: 300, policy: "default", observedAt: NOW });
  });

  it("is not fooled by a comma inside a quoted name", () => {
    expect(read({ ratelimit: '"a, b";r=7;t=8' })).toMatchObject({ remaining: 7, resetSeconds: 8, policy: "a, b" });
  });

  it("tolerates garbage", () => {
    expect(read({})).toBeNull();
    for (const value of ["", "garbage", '"default";r=;t=30', '"default";r=-1;t=30', '"default";r=1.5;t=2', "limit=100, remaining=50", ";;;,,,", '"unterminated;r=1;t=2']) {
      expect(read({ ratelimit: value }), value).toBeNull();
    }
    expect(read({ ratelimit: '"default";r=5;t=6', "ratelimit-policy": "nonsense;q=x" })).toEqual({
      remaining: 5,
      resetSeconds: 6,
      policy: "default",
      observedAt: NOW,
    });
    expect(read({ ratelimit: 'junk, "default";r=5;t=6' })).toMatchObject({ remaining: 5 });
  });
});
