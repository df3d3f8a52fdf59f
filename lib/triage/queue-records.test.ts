import { expect, it } from "vitest";
import { onEachEngine } from "@/lib/db/testing/engines";
import { applyChange, type Actor } from "./apply-change";
import { findQueueRows, type QueueFilter } from "./queue-records";
import { changeTriage, trackMessage } from "./triage-records";

const ana: Actor = { id: "credentials:ana", name: "ana", role: "analyst" };
const NOW = new Date("2026-12-05T15:00:00Z");
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const snapshot = (messageId: string, disposition: string) => ({ messageId, postfixId: null, subject: "s", sender: "a@example.com", recipients: [], disposition, receivedAt: NOW });

onEachEngine("the queue", (db) => {
  async function made(id: string, at: Date, changes: Parameters<typeof applyChange>[1][], disposition = "MALICIOUS") {
    await trackMessage(db(), snapshot(id, disposition), at);
    for (const [version, change] of changes.entries()) {
      await changeTriage(db(), { messageId: id, baseVersion: version, who: ana, now: at, decide: (state) => applyChange(state, change, ana) });
    }
  }
  const ids = async (filter: Partial<QueueFilter>, limit = 10) => (await findQueueRows(db(), { viewerId: ana.id, now: NOW, ...filter }, limit)).map((row) => row.messageId);

  it("gives each view its messages, newest change first, narrowed by the filters", async () => {
    await made("claimed", minutesAgo(5), [{ action: "claim", version: 0 }]);
    await made("released", minutesAgo(4), [{ action: "claim", version: 0 }, { action: "release", version: 1 }], "SPAM");
    await made("resolved-today", minutesAgo(3), [{ action: "claim", version: 0 }, { action: "status", version: 1, to: "resolved", verdict: "spam" }]);
    await made("resolved-yesterday", minutesAgo(24 * 60), [{ action: "status", version: 0, to: "resolved", verdict: "benign" }]);
    await made("noted-only", minutesAgo(2), []);
    expect(await ids({ view: "mine" })).toEqual(["claimed"]);
    expect(await ids({ view: "unassigned" })).toEqual(["noted-only", "released"]);
    expect(await ids({ view: "in_review" })).toEqual(["released", "claimed"]);
    expect(await ids({ view: "resolved_today" })).toEqual(["resolved-today"]);
    expect(await ids({ view: "all", verdict: "spam" })).toEqual(["resolved-today"]);
    expect(await ids({ view: "all", disposition: "SPAM" })).toEqual(["released"]);
  });

  it("pages by the last row's change time and id, ties included", async () => {
    for (const id of ["a", "b", "c", "d"]) await made(id, minutesAgo(1), []);
    const first = await ids({ view: "all" }, 2);
    expect(first).toEqual(["d", "c"]);
    expect(await ids({ view: "all", before: { at: minutesAgo(1), id: "c" } }, 2)).toEqual(["b", "a"]);
  });
});
