import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { openDatabaseWith } from "@/lib/db/database";
import { openTestEngine } from "@/lib/db/testing/engines";
import type { Engine } from "@/lib/db/engine";
import { SharedSignInThrottle } from "./shared-throttle";

// Two replicas, one database: failures sent to either count toward one limit.

let engine: Engine;
let clock = Date.UTC(2026, 11, 5, 9);
const options = { limit: 4, windowMs: 60_000, now: () => clock };

beforeAll(async () => {
  engine = await openTestEngine("pglite");
  openDatabaseWith(() => Promise.resolve(engine));
});
afterAll(() => engine.close().catch(() => undefined));

it("failures on two replicas count toward one limit, and the name opens when the limit-th leaves the window", async () => {
  const [a, b] = [new SharedSignInThrottle(options), new SharedSignInThrottle(options)];
  await a.recordFailure("Ana");
  clock += 1_000;
  await b.recordFailure("ana ");
  clock += 1_000;
  await a.recordFailure("ana");
  expect(await b.retryAfterMs("ana")).toBe(0);
  clock += 1_000;
  await b.recordFailure("ana");
  // Each replica alone has seen two: only the shared count shuts the name.
  expect(await a.retryAfterMs("ana")).toBe(57_000);
  expect(await b.retryAfterMs("ANA")).toBe(57_000);
  clock += 57_000;
  expect(await a.retryAfterMs("ana")).toBe(0);
});

it("a success on one replica forgets the failures counted on the other", async () => {
  const [a, b] = [new SharedSignInThrottle(options), new SharedSignInThrottle(options)];
  for (let i = 0; i < 3; i++) await a.recordFailure("bo");
  await b.reset("bo");
  await a.recordFailure("bo");
  expect(await b.retryAfterMs("bo")).toBe(0);
});

it("while the database is down, a replica still shuts a name on what it counted itself", async () => {
  const throttle = new SharedSignInThrottle(options);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  await engine.close();
  for (let i = 0; i < 4; i++) await throttle.recordFailure("cy");
  expect(await throttle.retryAfterMs("cy")).toBe(60_000);
  vi.restoreAllMocks();
});
