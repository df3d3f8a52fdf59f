import type { Account, User } from "next-auth";
import { encode, type JWT } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getConfig } from "@/lib/config/env";
import { getAuthOptions } from "./auth-options";
import { decodeSession } from "./session-token";

// Sign-out ends the session on the server: next-auth's own renewal (its jwt callback) and
// decodeSession (pages, API, proxy) refuse it afterwards, whoever still holds a copy of the cookie.

const written: string[] = [];
beforeAll(() => {
  vi.spyOn(process.stdout, "write").mockImplementation((line) => written.push(String(line)) > 0);
});
afterAll(() => vi.restoreAllMocks());

const { callbacks, events } = getAuthOptions();
const user: User = { id: "ana", name: "Ana", role: "analyst" };
const account: Account = { provider: "credentials", type: "credentials", providerAccountId: "ana" };

async function signIn(): Promise<JWT> {
  const jwt = callbacks?.jwt;
  if (!jwt) throw new Error("no jwt callback");
  return jwt({ token: {}, user, account, trigger: "signIn" });
}

function renew(token: JWT): Promise<JWT> {
  const jwt = callbacks?.jwt;
  if (!jwt) throw new Error("no jwt callback");
  return Promise.resolve(jwt({ token, user: undefined as unknown as User, account: null }));
}

describe("sign-out", () => {
  it("gives every sign-in a session id of its own", async () => {
    const first = await signIn();
    const second = await signIn();
    expect(typeof first.sid).toBe("string");
    expect(first.sid).not.toBe(second.sid);
  });

  it("ends the session: next-auth no longer renews it and its cookie is refused", async () => {
    const token = await signIn();
    const cookie = await encode({ token, secret: getConfig().secret, maxAge: 600 });
    expect(await decodeSession(cookie)).not.toBeNull();
    await expect(renew(token)).resolves.toMatchObject({ sid: token.sid });

    await events?.signOut?.({ token, session: undefined as never });

    expect(await decodeSession(cookie)).toBeNull();
    await expect(renew(token)).rejects.toThrow("signed out");
    expect(written.some((line) => line.includes('"sign_out"') && line.includes("credentials:ana"))).toBe(true);
  });

  it("answers a sign-out whose cookie decoded to nothing a session holds, instead of throwing", async () => {
    await expect(Promise.resolve(events?.signOut?.({ token: null as unknown as JWT, session: undefined as never }))).resolves.toBeUndefined();
    await expect(Promise.resolve(events?.signOut?.({ token: { sub: "x" }, session: undefined as never }))).resolves.toBeUndefined();
  });
});
