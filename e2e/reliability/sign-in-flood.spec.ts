import { expect, test } from "../support/test";
import { hashPassword } from "@/lib/accounts/password";
import { E2E } from "../support/env";
import { signIn } from "./support/session";
import { INSPECT_OPTIONS, retainedMb } from "./support/retained-memory";
import { pool, startStack, type Stack } from "./support/stack";

// Sign-in is the one way in that needs no session, so anyone who can reach the server can send it
// anything. A thousand sign-ins with a unique 1 MB user name each, with a fresh valid CSRF pair as a
// real attacker would have, must leave the server answering and its memory where it was.

test.describe.configure({ mode: "default" });

const PASSWORD = "reliability-flood-password";
const MB = 1024 * 1024;

let stack: Stack;

test.beforeAll(async () => {
  stack = await startStack({
    appPort: E2E.appPort + 84,
    emulator: { slowSearch: false },
    env: { AUTH_USERS: `flood-analyst:analyst:${hashPassword(PASSWORD)}`, OIDC_ISSUER: "", OIDC_CLIENT_ID: "", OIDC_CLIENT_SECRET: "", ...INSPECT_OPTIONS },
  });
});
test.afterAll(async () => stack.stop());

async function csrfPair(): Promise<{ csrfToken: string; cookie: string }> {
  const response = await fetch(`${stack.url}/api/auth/csrf`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { csrfToken, cookie: response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ") };
}

async function attempt(pair: { csrfToken: string; cookie: string }, username: string): Promise<number> {
  const response = await fetch(`${stack.url}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: pair.cookie },
    body: new URLSearchParams({ csrfToken: pair.csrfToken, username, password: "x", json: "true" }),
    redirect: "manual",
  });
  await response.arrayBuffer();
  return response.status;
}

test("1,000 sign-ins with unique 1 MB user names: each refused at the door, the server answers, its memory stays", async () => {
  test.setTimeout(180_000);
  const pair = await csrfPair();
  const filler = "a".repeat(MB);
  // Warm: the routes loaded and every part of a refusal run once, so what follows measures what the
  // flood leaves behind.
  for (let i = 0; i < 20; i++) await attempt(pair, `warm-${i}-${filler}`);
  const before = retainedMb(stack.log());
  const statuses = await pool(
    Array.from({ length: 1_000 }, (_, i) => i),
    8,
    (i) => attempt(pair, `${i}-${filler}`),
  );
  const after = retainedMb(stack.log());

  expect(new Set(statuses)).toEqual(new Set([413]));
  expect(await signIn(stack.url, "flood-analyst", PASSWORD)).toContain("session-token=");
  // A server that kept the names, or a lower-cased copy, would hold a gigabyte.
  expect(after - before, `retained memory went from ${before.toFixed(1)} MB to ${after.toFixed(1)} MB`).toBeLessThan(4);
  expect(stack.log()).not.toMatch(/heap limit|RangeError/i);
});
