import { expect, it } from "vitest";
import { desc } from "drizzle-orm";
import { openTestEngine } from "./testing/engines";
import { copyDatabase } from "./copy";
import { migrateDatabase } from "./migrate";
import { auditEvents, sessions } from "./schema";

it("moves the embedded database to a server: every row, and new ids after the copied ones", async () => {
  const [from, to] = await Promise.all([openTestEngine("pglite"), openTestEngine("postgres")]);
  await migrateDatabase(to);
  const at = new Date("2026-12-05T09:00:00Z");
  await from.db.insert(sessions).values({ id: "s1", principalId: "credentials:ana", name: "ana", role: "analyst", provider: "credentials", signedInAt: at, lastSeenAt: at, expiresAt: at });
  const event = (what: string) => ({ at, event: "search", outcome: "ok", what, detail: {} });
  await from.db.insert(auditEvents).values(["q1", "q2", "q3"].map(event));
  expect(await copyDatabase(from, to)).toMatchObject({ sessions: 1, audit_events: 3 });
  expect(await to.db.select({ id: sessions.id }).from(sessions)).toEqual([{ id: "s1" }]);
  await to.db.insert(auditEvents).values(event("after"));
  const rows = await to.db.select({ id: auditEvents.id, what: auditEvents.what }).from(auditEvents).orderBy(desc(auditEvents.id));
  expect(rows.map((row) => [row.id, row.what])).toEqual([[4, "after"], [3, "q3"], [2, "q2"], [1, "q1"]]);
  await expect(copyDatabase(from, to)).rejects.toThrow("not empty");
  await Promise.all([from.close(), to.close()]);
});
