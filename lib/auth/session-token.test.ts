import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { getConfig } from "@/lib/config/env";
import { decodeSession, renewSession, sessionCookieFrom } from "./session-token";

const HOUR = 3_600_000;

async function sealed(claims: Record<string, unknown>): Promise<string> {
  return encode({ token: claims, secret: getConfig().secret, maxAge: 1800 });
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
    const idle = await encode({ token: { sub: "ana", role: "analyst", provider: "credentials", signedInAt: Date.now() }, secret: getConfig().secret, maxAge: -60 });
    expect(await decodeSession(idle)).toBeNull();
  });

  it("refuses a token without a known role, or sealed with another secret", async () => {
    expect(await decodeSession(await sealed({ sub: "x", role: "admin", provider: "credentials", signedInAt: Date.now() }))).toBeNull();
    const foreign = await encode({ token: { sub: "x", role: "analyst", provider: "p", signedInAt: Date.now() }, secret: "another-secret-another-secret-another", maxAge: 60 });
    expect(await decodeSession(foreign)).toBeNull();
  });

  it("renewing keeps the sign-in time, so the absolute timeout still counts from sign-in", async () => {
    const signedInAt = Date.now() - HOUR;
    const first = await decodeSession(await sealed({ sub: "ana", role: "manager", provider: "oidc", signedInAt }));
    if (!first) throw new Error("no session");
    const renewed = await decodeSession(await renewSession(first.token));
    expect(renewed?.token.signedInAt).toBe(signedInAt);
    expect(renewed?.principal.role).toBe("manager");
  });
});
