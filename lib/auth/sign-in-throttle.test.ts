import { describe, expect, it } from "vitest";
import { SignInThrottle } from "./sign-in-throttle";

function throttle(limit = 3, windowMs = 60_000) {
  const clock = { now: 1_000_000 };
  return { clock, throttle: new SignInThrottle({ limit, windowMs, maxCounting: 5, now: () => clock.now }) };
}

describe("SignInThrottle", () => {
  it("lets a name fail up to the limit, then refuses it until the oldest failure leaves the window", () => {
    const { clock, throttle: t } = throttle();
    for (let i = 0; i < 3; i++) {
      expect(t.retryAfterMs("ana")).toBe(0);
      t.recordFailure("ana");
      clock.now += 1_000;
    }
    expect(t.retryAfterMs("ana")).toBe(57_000);
    clock.now += 57_000;
    expect(t.retryAfterMs("ana")).toBe(0);
  });

  it("counts a name however it is spaced or cased, and other names apart", () => {
    const { throttle: t } = throttle(2);
    t.recordFailure("Ana");
    t.recordFailure(" ana ");
    expect(t.retryAfterMs("ANA")).toBeGreaterThan(0);
    expect(t.retryAfterMs("bob")).toBe(0);
  });

  it("forgets a name's failures when it signs in", () => {
    const { throttle: t } = throttle(2);
    t.recordFailure("ana");
    t.reset("ana");
    t.recordFailure("ana");
    expect(t.retryAfterMs("ana")).toBe(0);
  });

  it("counts a bounded number of names, dropping the least recently failed", () => {
    const { throttle: t } = throttle(2);
    for (const name of ["a", "b", "c", "d", "e", "f"]) t.recordFailure(name);
    expect(t.size.counting).toBe(5);
    t.recordFailure("a");
    expect(t.retryAfterMs("a")).toBe(0);
    t.recordFailure("f");
    expect(t.retryAfterMs("f")).toBeGreaterThan(0);
  });

  it("keeps a shut name shut however many other names fail meanwhile", () => {
    const clock = { now: 1_000_000 };
    const t = new SignInThrottle({ limit: 10, windowMs: 15 * 60_000, now: () => clock.now });
    for (let i = 0; i < 10; i++) t.recordFailure("victim");
    const wait = t.retryAfterMs("victim");
    expect(wait).toBe(15 * 60_000);
    for (let i = 0; i < 10_000; i++) t.recordFailure(`other-${i}`);
    clock.now += 1_000;
    expect(t.retryAfterMs("victim")).toBe(wait - 1_000);
  });

  it("holds an entry in a fixed size, whatever the length of the name", () => {
    const { throttle: t } = throttle(2);
    t.recordFailure("x".repeat(1_000_000));
    t.recordFailure("x".repeat(1_000_000));
    expect(t.retryAfterMs("x".repeat(1_000_000))).toBeGreaterThan(0);
    expect(t.size).toEqual({ counting: 0, shut: 1 });
  });
});
