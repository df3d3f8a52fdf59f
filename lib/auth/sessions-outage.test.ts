import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { getConfig } from "@/lib/config/env";
import { openDatabaseWith } from "@/lib/db/database";
import { endSession, startSession } from "./sessions";
import { decodeSession } from "./session-token";

// With the database unreachable, a session whose cookie still opens keeps working (searches and
// messages go on through an outage), except one signed out on this replica meanwhile; a new sign-in
// cannot be recorded, so it fails with the typed error the sign-in page words.

beforeAll(() => {
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
  openDatabaseWith(() => Promise.reject(refused));
});
afterAll(() => vi.restoreAllMocks());

const claims = () => ({ sub: "ana", role: "analyst", provider: "credentials", signedInAt: Date.now(), sid: randomUUID() });

it("keeps a session usable, and refuses one signed out here, while the database is down", async () => {
  const live = claims();
  const ended = claims();
  const [liveCookie, endedCookie] = await Promise.all([live, ended].map((token) => encode({ token, secret: getConfig().secret, maxAge: 600 })));
  expect((await decodeSession(liveCookie))?.principal.id).toBe("credentials:ana");
  expect(await endSession(ended)).toBe(true);
  expect(await decodeSession(endedCookie)).toBeNull();
  expect(await decodeSession(liveCookie)).not.toBeNull();
});

it("refuses a new sign-in it cannot record, with a typed error", async () => {
  await expect(startSession({ ...claims(), principalId: "credentials:ana", name: "ana" })).rejects.toMatchObject({ isDatabaseUnavailable: true });
});

it("sends a sign-in back to the sign-in page with a code it words, instead of failing it", async () => {
  const { getAuthOptions } = await import("./auth-options");
  const verdict = await getAuthOptions().callbacks?.signIn?.({
    user: { id: "ana", name: "ana", role: "analyst" },
    account: { provider: "credentials", type: "credentials", providerAccountId: "ana" },
  } as never);
  expect(verdict).toBe("/sign-in?error=SignInUnavailable");
});
