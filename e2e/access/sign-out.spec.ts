import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "../support/test";
import { E2E } from "../support/env";
import { signInWithPassword } from "../support/sign-in";

// Signing out ends the session on the server, not only in the browser that asked: a copy of the
// cookie taken before sign-out is refused afterwards, on the API, on pages and by next-auth itself.

type Saved = Awaited<ReturnType<APIRequestContext["storageState"]>>;

async function signOut(client: APIRequestContext): Promise<void> {
  const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await client.post("/api/auth/signout", { form: { csrfToken, callbackUrl: `${E2E.appUrl}/sign-in`, json: "true" }, maxRedirects: 0 });
  expect(response.status()).toBe(200);
}

test("a session cookie replayed after sign-out is refused: 401 on the API, sign-in on pages, no renewal", async ({ playwright }) => {
  const client = await playwright.request.newContext({ baseURL: E2E.appUrl });
  expect(await signInWithPassword(client, E2E.appUrl, E2E.users.manager.name, E2E.users.manager.password)).toBe(200);
  const saved: Saved = await client.storageState();
  // Each replay starts from the saved cookie, untouched by what an earlier answer set.
  const replay = async (check: (request: APIRequestContext) => Promise<void>) => {
    const request = await playwright.request.newContext({ baseURL: E2E.appUrl, storageState: saved });
    await check(request);
    await request.dispose();
  };

  await replay(async (request) => expect((await request.get("/api/messages?per_page=1")).status()).toBe(200));
  await signOut(client);

  await replay(async (request) => {
    const response = await request.get("/api/messages?per_page=1");
    expect(response.status()).toBe(401);
  });
  await replay(async (request) => {
    const response = await request.get("/messages", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(new URL(response.headers().location ?? "", E2E.appUrl).pathname).toBe("/sign-in");
  });
  await replay(async (request) => {
    const session = (await (await request.get("/api/auth/session")).json()) as { user?: unknown };
    expect(session.user).toBeUndefined();
  });
  await client.dispose();
});

test("signing out again, or with a cookie that is not a session, still answers", async ({ playwright }) => {
  const client = await playwright.request.newContext({ baseURL: E2E.appUrl });
  await signInWithPassword(client, E2E.appUrl, E2E.users.analyst.name, E2E.users.analyst.password);
  const saved = await client.storageState();
  await signOut(client);
  const again = await playwright.request.newContext({ baseURL: E2E.appUrl, storageState: saved });
  await signOut(again);
  const forged = await playwright.request.newContext({ baseURL: E2E.appUrl, extraHTTPHeaders: { cookie: "next-auth.session-token=not-a-session" } });
  await signOut(forged);
  for (const context of [client, again, forged]) await context.dispose();
});
