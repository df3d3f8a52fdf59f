import { expect, it } from "vitest";
import { onEachEngine } from "@/lib/db/testing/engines";
import { blockUntil, callsSince, endBlockIfAfter, spendCall, type SpendRequest } from "./budget-records";

const T = 1_000_000;
const rules = { limit: 10, windowMs: 60_000, floor: 2 };
const ask = (user: string, replica: string, now = T): SpendRequest => ({ user, replica, now, ...rules });

onEachEngine("the shared budget's spending", (db) => {
  it("two replicas together spend no more than the one limit, and say how many they are", async () => {
    const granted: boolean[] = [];
    for (let i = 0; i < 30; i++) {
      const spent = await spendCall(db(), ask(`user-${i % 6}`, i % 2 ? "replica-a" : "replica-b", T + i));
      granted.push(spent.refusal === null);
    }
    expect(granted.filter(Boolean)).toHaveLength(10);
    expect(await callsSince(db(), 0)).toBe(10);
    expect((await spendCall(db(), ask("user-0", "replica-a", T + 100))).replicas).toBe(2);
  });

  it("refuses the whole team at the cap with the wait until the oldest call leaves the window", async () => {
    for (let i = 0; i < 10; i++) await spendCall(db(), ask(`user-${i}`, "r", T + i * 1_000));
    expect((await spendCall(db(), ask("user-new", "r", T + 20_000))).refusal).toEqual({ reason: "server", retryAfterMs: 40_000 });
    expect((await spendCall(db(), ask("user-new", "r", T + 60_001))).refusal).toBeNull();
  });

  it("gives each active user a fair share, never below the floor", async () => {
    for (let i = 0; i < 5; i++) expect((await spendCall(db(), ask("ana", "r", T + i))).refusal).toBeNull();
    expect((await spendCall(db(), ask("bo", "r", T + 10))).refusal).toBeNull();
    // Two active users: five each. Ana has spent hers.
    expect((await spendCall(db(), ask("ana", "r", T + 11))).refusal).toEqual({ reason: "user", retryAfterMs: 59_989 });
    expect((await spendCall(db(), ask("bo", "r", T + 12))).refusal).toBeNull();
  });

  it("stops every replica while Cloudflare says to wait, until a later call succeeds", async () => {
    await blockUntil(db(), T + 30_000, T);
    expect((await spendCall(db(), ask("ana", "other", T + 1_000))).refusal).toEqual({ reason: "upstream", retryAfterMs: 29_000 });
    await endBlockIfAfter(db(), T - 1);
    expect((await spendCall(db(), ask("ana", "other", T + 2_000))).refusal?.reason).toBe("upstream");
    await endBlockIfAfter(db(), T + 1);
    expect((await spendCall(db(), ask("ana", "other", T + 3_000))).refusal).toBeNull();
  });
});
