import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { ChannelListener } from "./channel-listener";
import type { Engine } from "./engine";
import { openTestEngine, openTestReplicas } from "./testing/engines";

let here: Engine;
let there: Engine;
let embedded: Engine;
beforeAll(async () => {
  [[here, there], embedded] = await Promise.all([openTestReplicas(), openTestEngine("pglite")]);
}, 60_000);
afterAll(async () => Promise.all([here, there, embedded].map((engine) => engine.close())));

function listenOn(engine: Engine) {
  const heard: string[] = [];
  let deaf = 0;
  const listener = new ChannelListener({ open: async () => engine, channel: "test_channel", onNotice: (payload) => heard.push(payload), onDeaf: () => deaf++, retryMs: 50 });
  return { listener, heard, deafness: () => deaf };
}

const notify = (engine: Engine, payload: string) => engine.db.execute(sql`select pg_notify('test_channel', ${payload})`);

it("hears what another replica sends, says when it stops hearing, and listens again", async () => {
  const { listener, heard, deafness } = listenOn(here);
  await vi.waitFor(() => expect(listener.hearing).toBe(true));
  const before = listener.changes;
  await notify(there, "s-1");
  await vi.waitFor(() => expect(heard).toEqual(["s-1"]));
  expect(listener.unchangedSince(before)).toBe(false);

  await there.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where query like 'listen %' and datname = current_database()`);
  await vi.waitFor(() => expect(deafness()).toBe(1));
  await vi.waitFor(() => expect(listener.hearing).toBe(true));
  await notify(there, "s-2");
  await vi.waitFor(() => expect(heard).toEqual(["s-1", "s-2"]));
  await listener.stop();
});

it("does not hear before the database opens, and keeps trying", async () => {
  let attempts = 0;
  const listener = new ChannelListener({
    open: () => (++attempts < 3 ? Promise.reject(new Error("ECONNREFUSED")) : Promise.resolve(here)),
    channel: "test_channel",
    onNotice: () => undefined,
    onDeaf: () => undefined,
    retryMs: 20,
  });
  expect(listener.unchangedSince(listener.changes)).toBe(false);
  await vi.waitFor(() => expect(listener.hearing).toBe(true));
  expect(attempts).toBe(3);
  await listener.stop();
});

it("hears the embedded engine's own notices", async () => {
  const { listener, heard } = listenOn(embedded);
  await vi.waitFor(() => expect(listener.hearing).toBe(true));
  await notify(embedded, "s-3");
  await vi.waitFor(() => expect(heard).toEqual(["s-3"]));
  await listener.stop();
});
