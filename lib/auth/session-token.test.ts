import { randomUUID } from "node:crypto";
import type * as jwt from "next-auth/jwt";
import { decode, encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getConfig } from "@/lib/config/env";
import { endSession, startSession } from "./sessions";
import { decodeSession, renewSession, sessionCookieFrom } from "./session-token";

vi.mock("next-auth/jwt", async (importOriginal) => {
  const actual = await importOriginal<typeof jwt>();
  return { ...actual, decode: vi.fn(actual.decode) };
});

const HOUR = 3_600_000;

/** A cookie as next-auth seals it at sign-in, its session recorded as the jwt callback records it. */
async function sealed(claims: Record<string, unknown>, options: { recorded?: boolean } = {}): Promise<string> {
  const token: Record<string, unknown> = { sid: randomUUID(), ...claims };
  if (options.recorded !== false && typeof token.signedInAt === "number") {
    const { sid, sub, provider, role, signedInAt } = token as { sid: string; sub: string; provider: string; role: string; signedInAt: number };
    await startSession({ sid, principalId: `${provider}:${sub}`, name: sub, role, provider, signedInAt });
  }
  return encode({ token, secret: getConfig().secret, maxAge: 1800 });
}

describe("decodeSession", () => {
  it("reads who, role and provider from next-auth's cookie", async () => {
    const value = await sealed({ sub: "ana", name: "Ana", role: "analyst", provider: "credentials", signedInAt: Date.now() });
    const session = await decodeSession(sessionCookieFrom(`other=1; next-auth.session-token=${value}`));
    expect(session?.principal).toEqual({ id: "credentials:ana", name: "Ana", role: "analyst", provider: "credentials" });
  });

  it("ends a session at the absolute timeout, however active it was", async () => {
    const { absoluteSeconds } = getConfig().auth;
    const value = await sealed({ sub: "ana", role: "analyst", provider: "credentials", signedInAt: Date.now() - absoluteSeconds * 1000 - HOUR });
    expect(await decodeSession(value)).toBeNull();
  });

  it("ends a session after the idle timeout: the cookie's token expires unless a request renews it", async () => {
    const claims = { sub: "ana", role: "analyst", provider: "credentials", signedInAt: Date.now(), sid: "idle" };
    await startSession({ ...claims, principalId: "credentials:ana", name: "ana" });
    const idle = await encode({ token: claims, secret: getConfig().secret, maxAge: -60 });
    expect(await decodeSession(idle)).toBeNull();
  });

  it("refuses a token without a known role, or sealed with another secret", async () => {
    expect(await decodeSession(await sealed({ sub: "x", role: "admin", provider: "credentials", signedInAt: Date.now() }))).toBeNull();
    const foreign = await encode({ token: { sub: "x", role: "analyst", provider: "p", signedInAt: Date.now(), sid: "foreign" }, secret: "another-secret-another-secret-another", maxAge: 60 });
    expect(await decodeSession(foreign)).toBeNull();
  });

  it("refuses a token without a session id: it could not be ended at sign-out", async () => {
    const value = await encode({ token: { sub: "ana", role: "analyst", provider: "credentials", signedInAt: Date.now() }, secret: getConfig().secret, maxAge: 60 });
    expect(await decodeSession(value)).toBeNull();
  });

  it("refuses a cookie whose session has no record: sealed with the secret, but never signed in here", async () => {
    const value = await sealed({ sub: "ana", role: "analyst", provider: "credentials", signedInAt: Date.now() }, { recorded: false });
    expect(await decodeSession(value)).toBeNull();
  });

  it("refuses an ended session, its renewals included", async () => {
    const value = await sealed({ sub: "ana", role: "analyst", provider: "credentials", signedInAt: Date.now() });
    const session = await decodeSession(value);
    if (!session) throw new Error("no session");
    const renewed = await renewSession(session.token);
    expect(await endSession(session.token)).toBe(true);
    expect(await decodeSession(value)).toBeNull();
    expect(await decodeSession(renewed)).toBeNull();
  });

  it("renewing keeps the sign-in time, so the absolute timeout still counts from sign-in", async () => {
    const signedInAt = Date.now() - HOUR;
    const first = await decodeSession(await sealed({ sub: "ana", role: "manager", provider: "oidc", signedInAt }));
    if (!first) throw new Error("no session");
    const renewed = await decodeSession(await renewSession(first.token));
    expect(renewed?.token.signedInAt).toBe(signedInAt);
    expect(renewed?.token.sid).toBe(first.token.sid);
    expect(renewed?.principal.role).toBe("manager");
  });
});

describe("decodeSession's cache of decrypted cookies", () => {
  beforeEach(() => {
    vi.mocked(decode).mockClear();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const claims = (sub: string) => ({ sub, role: "analyst", provider: "credentials", signedInAt: Date.now(), sid: randomUUID() });

  it("serves a cookie it decrypted a moment ago without decrypting it again", async () => {
    const value = await sealed(claims("cached"));
    const first = await decodeSession(value);
    const second = await decodeSession(value);
    expect(second?.principal).toEqual(first?.principal);
    expect(vi.mocked(decode)).toHaveBeenCalledTimes(1);
  });

  it("never serves a session past its token's expiry", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const short = claims("short");
    await startSession({ ...short, principalId: "credentials:short", name: "short" });
    const value = await encode({ token: short, secret: getConfig().secret, maxAge: 30 });
    expect(await decodeSession(value)).not.toBeNull();
    // Past exp and past next-auth's 15 s clock tolerance, but well within the cache's minute.
    vi.setSystemTime(Date.now() + 47_000);
    expect(await decodeSession(value)).toBeNull();
  });

  it("decrypts a changed cookie afresh: a tampered value is refused, another user's is theirs", async () => {
    const value = await sealed(claims("ana"));
    expect((await decodeSession(value))?.principal.id).toBe("credentials:ana");
    const tampered = `${value.slice(0, -2)}${value.endsWith("AA") ? "BB" : "AA"}`;
    expect(await decodeSession(tampered)).toBeNull();
    const other = await sealed(claims("bo"));
    expect((await decodeSession(other))?.principal.id).toBe("credentials:bo");
  });

  it("still ends a cached session at the absolute timeout", async () => {
    const now = Date.now();
    const signedInAt = now - getConfig().auth.absoluteSeconds * 1000 + 10_000;
    const value = await sealed({ ...claims("long-day"), signedInAt });
    expect(await decodeSession(value, now)).not.toBeNull();
    expect(await decodeSession(value, now + 20_000)).toBeNull();
    expect(vi.mocked(decode)).toHaveBeenCalledTimes(1);
  });

  it("refuses a cached session once it is ended", async () => {
    const value = await sealed(claims("signing-out"));
    const session = await decodeSession(value);
    if (!session) throw new Error("no session");
    await endSession(session.token);
    expect(await decodeSession(value)).toBeNull();
    expect(vi.mocked(decode)).toHaveBeenCalledTimes(1);
  });

  it("hands out a principal no request can alter for the next one", async () => {
    const session = await decodeSession(await sealed(claims("frozen")));
    expect(Object.isFrozen(session?.principal)).toBe(true);
  });
});
