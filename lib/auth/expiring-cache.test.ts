import { describe, expect, it } from "vitest";
import { ExpiringCache } from "./expiring-cache";

describe("ExpiringCache", () => {
  it("serves an entry until its deadline and never at or after it", () => {
    const cache = new ExpiringCache<string>(10);
    cache.set("a", "A", 1_000);
    expect(cache.get("a", 999)).toBe("A");
    expect(cache.get("a", 1_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("holds at most maxEntries, dropping the oldest first", () => {
    const cache = new ExpiringCache<number>(3);
    for (let i = 0; i < 5; i++) cache.set(`k${i}`, i, 10_000);
    expect(cache.size).toBe(3);
    expect(cache.get("k0", 0)).toBeUndefined();
    expect(cache.get("k1", 0)).toBeUndefined();
    expect([cache.get("k2", 0), cache.get("k3", 0), cache.get("k4", 0)]).toEqual([2, 3, 4]);
  });

  it("replacing a key takes its new value and deadline without growing", () => {
    const cache = new ExpiringCache<string>(2);
    cache.set("a", "old", 100);
    cache.set("a", "new", 200);
    expect(cache.size).toBe(1);
    expect(cache.get("a", 150)).toBe("new");
  });
});
