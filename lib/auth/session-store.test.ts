import { describe, expect, it } from "vitest";
import { MemorySessionStore } from "./session-store";

function storeAt(start: number, maxEntries = 10) {
  const clock = { now: start };
  return { clock, store: new MemorySessionStore(maxEntries, () => clock.now) };
}

describe("MemorySessionStore", () => {
  it("refuses an ended session until it would have ended anyway, then forgets it", async () => {
    const { clock, store } = storeAt(1_000);
    expect(await store.isEnded("a")).toBe(false);
    await store.end("a", 5_000);
    expect(await store.isEnded("a")).toBe(true);
    expect(await store.isEnded("b")).toBe(false);
    clock.now = 5_000;
    expect(await store.isEnded("a")).toBe(false);
    expect(store.size).toBe(0);
  });

  it("ending twice keeps the later deadline; ending a session already past it stores nothing", async () => {
    const { clock, store } = storeAt(1_000);
    await store.end("a", 9_000);
    await store.end("a", 3_000);
    await store.end("gone", 500);
    expect(store.size).toBe(1);
    clock.now = 5_000;
    expect(await store.isEnded("a")).toBe(true);
  });

  it("stays within its bound: what has run out goes first, then the session nearest its own end", async () => {
    const { clock, store } = storeAt(0, 3);
    await store.end("short", 100);
    await store.end("long", 10_000);
    await store.end("middle", 5_000);
    clock.now = 200;
    await store.end("new-1", 20_000);
    expect(store.size).toBe(3);
    expect(await store.isEnded("long")).toBe(true);
    await store.end("new-2", 20_000);
    expect(store.size).toBe(3);
    expect(await store.isEnded("middle")).toBe(false);
    expect(await store.isEnded("long")).toBe(true);
    expect(await store.isEnded("new-1")).toBe(true);
    expect(await store.isEnded("new-2")).toBe(true);
  });
});
