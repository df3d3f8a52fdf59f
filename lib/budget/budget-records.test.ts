import { sql } from "drizzle-orm";
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

  it("leases several calls only while the team and the user have spent less than half, counted from the lease's end", async () => {
    const roomy = { limit: 10, windowMs: 60_000, floor: 10 };
    const lease = (user: string, now: number, want: number) => spendCall(db(), { user, replica: "r", now, ...roomy, want, leaseMs: 500 });
    expect((await lease("ana", T, 4)).granted).toBe(4);
    // Four spent: four more would pass half the limit, so one at a time from here.
    expect((await lease("ana", T + 1, 4)).granted).toBe(1);
    for (let i = 2; i <= 6; i++) expect((await lease("bo", T + i, 1)).granted).toBe(1);
    expect((await lease("carl", T + 7, 1)).refusal).toEqual({ reason: "server", retryAfterMs: 59_994 });
    // The single calls have left the window; the lease's four count until the lease's end leaves it.
    const later = [];
    for (let i = 0; i < 7; i++) later.push(await lease(`dan-${i}`, T + 60_100 + i, 1));
    expect(later.map((spent) => spent.granted)).toEqual([1, 1, 1, 1, 1, 1, 0]);
    expect(later[6]?.refusal).toEqual({ reason: "server", retryAfterMs: 60_500 - 60_106 });
  });

  it("keeps the six-argument form for a replica not yet upgraded", async () => {
    const result = (await db().execute(sql`select reason, replicas from budget_acquire('ana', 'old', ${T}::bigint, 10, 60000::bigint, 2)`)) as { rows: unknown[] };
    expect(result.rows).toEqual([{ reason: null, replicas: 1 }]);
    expect(await callsSince(db(), 0)).toBe(1);
  });
});
