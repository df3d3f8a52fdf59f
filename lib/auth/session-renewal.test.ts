import { describe, expect, it } from "vitest";
import { REUSE_MS, renewedCookie } from "./session-renewal";
import { decodeSession } from "./session-token";
import { signedInCookie } from "./testing/signed-in";

async function session(sub: string) {
  const value = await signedInCookie({ sub, role: "analyst" });
  const decoded = await decodeSession(value);
  if (!decoded) throw new Error("no session");
  return { value, token: decoded.token };
}

describe("renewedCookie", () => {
  it("hands the same renewal to every request with the same cookie for a short while, then seals a new one", async () => {
    const { value, token } = await session("ana");
    const now = Date.now();
    const first = await renewedCookie(value, token, now);
    expect(first).not.toBe(value);
    expect(await renewedCookie(value, token, now + REUSE_MS - 1)).toBe(first);
    const later = await renewedCookie(value, token, now + REUSE_MS);
    expect(later).not.toBe(first);
    expect((await decodeSession(later))?.principal.id).toBe("credentials:ana");
  });

  it("never hands one cookie's renewal to another cookie", async () => {
    const ana = await session("ana");
    const bo = await session("bo");
    const now = Date.now();
    await renewedCookie(ana.value, ana.token, now);
    const renewed = await renewedCookie(bo.value, bo.token, now);
    expect((await decodeSession(renewed))?.principal.id).toBe("credentials:bo");
  });
});
