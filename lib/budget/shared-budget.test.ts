import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { openDatabaseWith } from "@/lib/db/database";
import type { Engine } from "@/lib/db/engine";
import { openTestEngine } from "@/lib/db/testing/engines";
import { SharedUpstreamBudget } from "./shared-budget";

// Two replicas, one budget; and what a replica spends while the database is down.

let engine: Engine;
let clock = 5_000_000;
const replica = (name: string) => new SharedUpstreamBudget({ limit: 8, windowMs: 60_000, floor: 1, replica: name, now: () => clock });

beforeAll(async () => {
  engine = await openTestEngine("pglite");
  openDatabaseWith(() => Promise.resolve(engine));
});
afterAll(() => engine.close().catch(() => undefined));

it("a 429 seen by one replica stops the other, and a later success on either ends it", async () => {
  const [a, b] = [replica("a"), replica("b")];
  expect(await a.acquire("ana")).toBeNull();
  await a.blockFor(30_000, clock);
  clock += 1;
  expect(await b.acquire("bo")).toMatchObject({ reason: "upstream" });
  clock += 1;
  await b.succeeded(clock);
  expect(await a.acquire("ana")).toBeNull();
});

it("reads across replicas stop short of the room kept for actions, which an analyst past their share still spends", async () => {
  const wide = (name: string) => new SharedUpstreamBudget({ limit: 40, windowMs: 60_000, floor: 1, replica: name, now: () => clock });
  const [a, b] = [wide("a"), wide("b")];
  clock += 120_000;
  // 40 a window, 2 kept for actions. Two users active: 19 reads each (bo spent one).
  expect(await b.acquire("bo")).toBeNull();
  let reads = 0;
  while ((await a.acquire("ana")) === null) reads++;
  expect(reads).toBe(19);
  expect(await a.acquire("ana", "action")).toBeNull();
  while ((await b.acquire("bo")) === null);
  // 38 spent: reads are refused to anyone; the last two calls are actions'.
  expect(await b.acquire("cy")).toMatchObject({ reason: "server" });
  expect(await b.acquire("ana", "action")).toBeNull();
  expect(await a.acquire("bo", "action")).toBeNull();
  expect(await a.acquire("ana", "action")).toMatchObject({ reason: "server" });
});

it("background work is not one of the users the budget is split between", async () => {
  const wide = new SharedUpstreamBudget({ limit: 40, windowMs: 60_000, floor: 1, actionRoom: 0, replica: "a", now: () => clock });
  clock += 120_000;
  // Paced, as the counting is: a call every second or more, so it takes no lease.
  for (let i = 0; i < 8; i++) {
    expect(await wide.acquire("background:overview")).toBeNull();
    clock += 1_500;
  }
  let reads = 0;
  let refusal = null;
  while ((refusal = await wide.acquire("ana")) === null) reads++;
  expect(refusal).toMatchObject({ reason: "server" });
  // Of 40, the overview spent 8: ana, the one person, reads the other 32 (half of 40 were it a user).
  expect(reads).toBe(32);
});

it("while the database is down, each replica spends at most its share of the limit", async () => {
  const [a, b] = [replica("a"), replica("b")];
  clock += 120_000;
  await a.acquire("ana");
  await b.acquire("bo");
  expect(await a.acquire("ana")).toBeNull();
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  await engine.close();
  const granted = [];
  for (let i = 0; i < 10; i++) granted.push(await a.acquire(`user-${i}`));
  // Two replicas spent calls in the window: this one takes at most half of the eight.
  expect(granted.filter((refusal) => refusal === null)).toHaveLength(4);
  vi.restoreAllMocks();
});
