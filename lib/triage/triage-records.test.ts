import { expect, it } from "vitest";
import { onEachEngine } from "@/lib/db/testing/engines";
import { applyChange, type Actor } from "./apply-change";
import { addNote, changeTriage, readTriage, StaleChange, trackMessage } from "./triage-records";

const ana: Actor = { id: "credentials:ana", name: "ana", role: "analyst" };
const bo: Actor = { id: "credentials:bo", name: "bo", role: "analyst" };
const T = new Date("2026-12-05T10:00:00Z");
const snapshot = { postfixId: "4Njp3P0STMz2c02Q", subject: "Invoice", sender: "a@example.com", recipients: ["b@example.com"], disposition: "MALICIOUS", receivedAt: T };

onEachEngine("triage records", (db) => {
  it("writes a change against the version it saw, with its history; a stale one is refused with what changed", async () => {
    await trackMessage(db(), "m1", snapshot, T);
    await changeTriage(db(), { messageId: "m1", baseVersion: 0, who: ana, now: T, decide: (s) => applyChange(s, { action: "claim", version: 0 }, ana) });
    const stale = await changeTriage(db(), { messageId: "m1", baseVersion: 0, who: bo, now: T, decide: (s) => applyChange(s, { action: "verdict", version: 0, verdict: "spam" }, bo) }).catch(
      (error: unknown) => error,
    );
    expect(stale).toBeInstanceOf(StaleChange);
    expect((stale as StaleChange).since.map((line) => [line.who.name, line.field, line.after])).toEqual([
      ["ana", "status", "in_review"],
      ["ana", "assignee", "ana"],
    ]);
    const record = await readTriage(db(), "m1");
    expect(record).toMatchObject({ status: "in_review", assignee: { name: "ana" }, verdict: null, version: 1 });
  });

  it("keeps notes in order in the history without moving the version", async () => {
    await trackMessage(db(), "m2", snapshot, T);
    await addNote(db(), { messageId: "m2", author: ana, body: "Looks like the Q3 invoice lure.", now: T });
    await changeTriage(db(), {
      messageId: "m2",
      baseVersion: 0,
      who: ana,
      now: new Date(T.getTime() + 1_000),
      decide: (s) => applyChange(s, { action: "status", version: 0, to: "resolved", verdict: "malicious" }, ana),
    });
    const record = await readTriage(db(), "m2");
    expect(record.history.map((line) => line.field)).toEqual(["note", "status", "verdict"]);
    expect(record.notes.map((note) => note.body)).toEqual(["Looks like the Q3 invoice lure."]);
    expect(record.version).toBe(1);
  });

  it("two first changes at once: one wins, the other is stale", async () => {
    await trackMessage(db(), "m3", snapshot, T);
    await trackMessage(db(), "m3", { ...snapshot, subject: "not kept" }, T);
    const claims = await Promise.allSettled(
      [ana, bo].map((who) => changeTriage(db(), { messageId: "m3", baseVersion: 0, who, now: T, decide: (s) => applyChange(s, { action: "claim", version: 0 }, who) })),
    );
    expect(claims.map((claim) => claim.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((await readTriage(db(), "m3")).history.filter((line) => line.field === "assignee")).toHaveLength(1);
  });
});
