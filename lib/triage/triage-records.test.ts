import { expect, it } from "vitest";
import { onEachEngine } from "@/lib/db/testing/engines";
import { applyChange, checkNoteEdit, TriageRefusal, type Actor } from "./apply-change";
import { addNote, changeTriage, editNote, findTriageKey, readTriage, recordActions, StaleChange, trackMessage } from "./triage-records";
import { NOTE_EDIT_WINDOW_MS } from "./triage-values";

const ana: Actor = { id: "credentials:ana", name: "ana", role: "analyst" };
const bo: Actor = { id: "credentials:bo", name: "bo", role: "analyst" };
const T = new Date("2026-12-05T10:00:00Z");
const snapshot = { messageId: "m0", postfixId: "4Njp3P0STMz2c02Q", subject: "Invoice", sender: "a@example.com", recipients: ["b@example.com"], disposition: "MALICIOUS", receivedAt: T };

onEachEngine("triage records", (db) => {
  it("writes a change against the version it saw, with its history; a stale one is refused with what changed", async () => {
    await trackMessage(db(), { ...snapshot, messageId: "m1" }, T);
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

  it("writes what was done at Cloudflare into the history, at the version it is at: no one's change goes stale for it", async () => {
    await trackMessage(db(), { ...snapshot, messageId: "m-act" }, T);
    await changeTriage(db(), { messageId: "m-act", baseVersion: 0, who: ana, now: T, decide: (s) => applyChange(s, { action: "claim", version: 0 }, ana) });
    await recordActions(db(), { messageIds: ["m-act", "m-untracked"], who: bo, now: new Date(T.getTime() + 1_000), words: "moved it to Deleted Items at Cloudflare (2 of 2 recipients)" });
    const record = await readTriage(db(), "m-act");
    expect(record.version).toBe(1);
    expect(record.history.at(-1)).toMatchObject({ field: "action", after: "moved it to Deleted Items at Cloudflare (2 of 2 recipients)", who: { name: "bo" }, version: 1 });
    await changeTriage(db(), { messageId: "m-act", baseVersion: 1, who: ana, now: new Date(T.getTime() + 2_000), decide: (s) => applyChange(s, { action: "status", version: 1, to: "resolved", verdict: "malicious" }, ana) });
    expect((await readTriage(db(), "m-act")).status).toBe("resolved");
    // A message nobody triaged yet keeps the line for when it is opened.
    expect((await readTriage(db(), "m-untracked")).history).toMatchObject([{ field: "action", version: 0 }]);
  });

  it("keeps notes in order in the history without moving the version", async () => {
    await trackMessage(db(), { ...snapshot, messageId: "m2" }, T);
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
    await trackMessage(db(), { ...snapshot, messageId: "m3" }, T);
    await trackMessage(db(), { ...snapshot, messageId: "m3", subject: "not kept" }, T);
    const claims = await Promise.allSettled(
      [ana, bo].map((who) => changeTriage(db(), { messageId: "m3", baseVersion: 0, who, now: T, decide: (s) => applyChange(s, { action: "claim", version: 0 }, who) })),
    );
    expect(claims.map((claim) => claim.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((await readTriage(db(), "m3")).history.filter((line) => line.field === "assignee")).toHaveLength(1);
  });

  it("finds a record by its investigate id or by its postfix id, the investigate id first", async () => {
    await trackMessage(db(), { ...snapshot, messageId: "PFX1-2026-12-05T10:00:00-1", postfixId: "PFX1" }, T);
    expect(await findTriageKey(db(), "PFX1-2026-12-05T10:00:00-1")).toBe("PFX1-2026-12-05T10:00:00-1");
    expect(await findTriageKey(db(), "PFX1")).toBe("PFX1-2026-12-05T10:00:00-1");
    expect(await findTriageKey(db(), "PFX2")).toBeNull();
  });

  it("lets a note's author reword it while it is young, keeping the words replaced in the history", async () => {
    await trackMessage(db(), { ...snapshot, messageId: "m4" }, T);
    const note = await addNote(db(), { messageId: "m4", author: ana, body: "Sender looks spoofed.", now: T });
    const later = new Date(T.getTime() + 60_000);
    const byBo = await editNote(db(), { messageId: "m4", noteId: note.id, body: "mine now", now: later, decide: (n) => checkNoteEdit(n, bo, later) }).catch((error: unknown) => error);
    expect(byBo).toBeInstanceOf(TriageRefusal);
    expect((byBo as TriageRefusal).kind).toBe("forbidden");
    const edited = await editNote(db(), { messageId: "m4", noteId: note.id, body: "Sender is spoofed: SPF fails.", now: later, decide: (n) => checkNoteEdit(n, ana, later) });
    expect(edited).toMatchObject({ body: "Sender is spoofed: SPF fails.", editedAt: later });
    const record = await readTriage(db(), "m4");
    expect(record.notes.map((n) => [n.body, n.editedAt])).toEqual([["Sender is spoofed: SPF fails.", later]]);
    expect(record.history.map((line) => [line.field, line.before])).toEqual([
      ["note", null],
      ["note", "Sender looks spoofed."],
    ]);
    const tooLate = new Date(T.getTime() + NOTE_EDIT_WINDOW_MS + 1);
    const late = await editNote(db(), { messageId: "m4", noteId: note.id, body: "again", now: tooLate, decide: (n) => checkNoteEdit(n, ana, tooLate) }).catch((error: unknown) => error);
    expect((late as TriageRefusal).kind).toBe("conflict");
    expect((await readTriage(db(), "m4")).notes[0]?.body).toBe("Sender is spoofed: SPF fails.");
    expect(await editNote(db(), { messageId: "m1", noteId: note.id, body: "x", now: later, decide: () => undefined })).toBeNull();
  });
});
