import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { openDatabaseWith } from "@/lib/db/database";
import type { Engine } from "@/lib/db/engine";
import { openTestReplicas } from "@/lib/db/testing/engines";
import { SharedUpstreamBudget } from "./shared-budget";

// Leases on a PostgreSQL server, two replicas: a burst asks the database less often, and a stop that
// one replica sets reaches the other's lease.

let here: Engine;
let there: Engine;
let clock = 9_000_000;
beforeAll(async () => {
  [here, there] = await openTestReplicas();
  openDatabaseWith(async () => here);
}, 60_000);
afterAll(async () => Promise.all([here.close(), there.close()]));

const budget = (replica: string) => new SharedUpstreamBudget({ limit: 200, windowMs: 60_000, floor: 1, replica, now: () => clock });
const spentAt = async () =>
  ((await here.db.execute(sql`select (at - ${clock}::bigint)::integer as after, count(*)::integer as calls from budget_calls group by at order by at`)) as { rows: unknown[] }).rows;

it("spends a user's burst from leases that double, each counted from its end", async () => {
  await here.db.execute(sql`truncate budget_calls, budget_users, budget_replicas, budget_block`);
  const replica = budget("a");
  await vi.waitFor(() => expect(replica.takesLeases).toBe(true));
  const start = clock;
  for (let i = 0; i < 7; i++) {
    expect(await replica.acquire("ana")).toBeNull();
    clock += 10;
  }
  clock = start;
  // Asked three times: one call, a lease of two, a lease of four (the seven calls, none spent twice).
  expect(await spentAt()).toEqual([
    { after: 0, calls: 1 },
    { after: 1_010, calls: 2 },
    { after: 1_030, calls: 4 },
  ]);
});

it("a stop set by one replica voids the other's lease at once", async () => {
  const [a, b] = [budget("a"), budget("b")];
  await vi.waitFor(() => expect(b.takesLeases).toBe(true));
  clock += 120_000;
  for (let i = 0; i < 4; i++) {
    expect(await b.acquire("bo")).toBeNull();
    clock += 1;
  }
  // b now holds three calls of a lease of four; a is told by Cloudflare to wait.
  await a.blockFor(30_000, clock);
  await new Promise((heard) => setTimeout(heard, 300));
  expect(await b.acquire("bo")).toMatchObject({ reason: "upstream" });
});
