import { expect, it } from "vitest";
import { onEachEngine } from "@/lib/db/testing/engines";
import { endOtherSessions, endSessionRecord, isSessionLive, liveSessionsOf, pruneSessions, recordSession, touchSession } from "./session-records";

const T0 = new Date("2026-12-05T09:00:00Z");
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const session = (id: string, principalId = "credentials:ana") => ({
  id,
  principalId,
  name: "ana",
  role: "analyst",
  provider: "credentials",
  signedInAt: T0,
  expiresAt: later(12 * 60),
});

onEachEngine("session records", (db) => {
  it("a recorded session is live until it ends or passes its absolute timeout; an unknown one never is", async () => {
    await recordSession(db(), session("s1"));
    expect(await isSessionLive(db(), "s1", later(1))).toBe(true);
    expect(await isSessionLive(db(), "s1", later(12 * 60 + 1))).toBe(false);
    expect(await isSessionLive(db(), "never-recorded", later(1))).toBe(false);
    expect(await endSessionRecord(db(), "s1", later(2), "sign-out")).toBe(true);
    expect(await isSessionLive(db(), "s1", later(3))).toBe(false);
    expect(await endSessionRecord(db(), "s1", later(4), "sign-out")).toBe(false);
  });

  it("a user ends only their own sessions, and can end all but the one they are using", async () => {
    await recordSession(db(), session("mine-1"));
    await recordSession(db(), session("mine-2"));
    await recordSession(db(), session("mine-3"));
    await recordSession(db(), session("theirs", "credentials:bob"));
    expect(await endSessionRecord(db(), "theirs", later(1), "ended by ana", "credentials:ana")).toBe(false);
    expect(await isSessionLive(db(), "theirs", later(1))).toBe(true);
    expect(await endOtherSessions(db(), "credentials:ana", "mine-2", later(1))).toBe(2);
    expect((await liveSessionsOf(db(), "credentials:ana", later(2))).map((s) => s.id)).toEqual(["mine-2"]);
  });

  it("lists where and when each session was last seen, the browser cut to 300 characters", async () => {
    await recordSession(db(), session("s1"));
    await touchSession(db(), "s1", later(5), `Mozilla/5.0 ${"x".repeat(1_000)}`);
    const [view] = await liveSessionsOf(db(), "credentials:ana", later(6));
    expect(view?.lastSeenAt.toISOString()).toBe(later(5).toISOString());
    expect(view?.userAgent).toHaveLength(300);
  });

  it("prunes records whose cookies are refused by age anyway", async () => {
    await recordSession(db(), session("old"));
    await recordSession(db(), { ...session("new"), signedInAt: later(13 * 60), expiresAt: later(25 * 60) });
    expect(await pruneSessions(db(), later(13 * 60))).toBe(1);
    expect(await isSessionLive(db(), "new", later(14 * 60))).toBe(true);
  });
});
