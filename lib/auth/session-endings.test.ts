import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { ChannelListener } from "@/lib/db/channel-listener";
import { openDatabaseWith } from "@/lib/db/database";
import type { Engine } from "@/lib/db/engine";
import { openTestReplicas } from "@/lib/db/testing/engines";
import { processWide } from "@/lib/process-wide";
import { endSessionRecord, recordSession } from "./session-records";
import { isLive } from "./sessions";

// This process is one replica of two on a PostgreSQL server; the other ends sessions behind its back.

let here: Engine;
let there: Engine;
beforeAll(async () => {
  [here, there] = await openTestReplicas();
  openDatabaseWith(async () => here);
}, 60_000);
afterAll(async () => Promise.all([here.close(), there.close()]));

const listener = () =>
  processWide<ChannelListener>("session-endings", () => {
    throw new Error("no session has been checked yet");
  });

async function signedIn(): Promise<string> {
  const sid = randomUUID();
  const now = Date.now();
  await recordSession(there.db, { id: sid, principalId: "credentials:ana", name: "ana", role: "analyst", provider: "credentials", signedInAt: new Date(now), expiresAt: new Date(now + 3_600_000) });
  return sid;
}

/** Makes the record refuse the session without ending it: nothing is announced. */
const expireQuietly = (sid: string) => there.db.execute(sql`update sessions set expires_at = now() - interval '1 second' where id = ${sid}`);

it("refuses a session this replica remembered live as soon as the other replica ends it", async () => {
  const sid = await signedIn();
  expect(await isLive(sid)).toBe(true);
  await vi.waitFor(() => expect(listener().hearing).toBe(true));
  expect(await isLive(sid)).toBe(true);
  await expireQuietly(sid);
  expect(await isLive(sid)).toBe(true); // remembered: this request cost no query
  expect(await endSessionRecord(there.db, sid, new Date(), "sign-out")).toBe(true);
  await vi.waitFor(async () => expect(await isLive(sid)).toBe(false), { timeout: 2_000, interval: 5 });
});

it("asks on every request while it cannot hear the endings, and forgets what it remembered", async () => {
  const sid = await signedIn();
  await vi.waitFor(() => expect(listener().hearing).toBe(true));
  expect(await isLive(sid)).toBe(true);
  await there.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where query like 'listen %' and datname = current_database()`);
  await vi.waitFor(() => expect(listener().hearing).toBe(false));
  await expireQuietly(sid);
  expect(await isLive(sid)).toBe(false);
  // Hearing again, it must not trust what it remembered from before: endings went unheard meanwhile.
  await vi.waitFor(() => expect(listener().hearing).toBe(true), { timeout: 5_000 });
  expect(await isLive(sid)).toBe(false);
});
