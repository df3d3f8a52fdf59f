import type { APIRequest } from "@playwright/test";
import { expect, test } from "../support/test";
import { E2E } from "../support/env";
import { signInWithPassword } from "../support/sign-in";

// Every session has a record on the server: its user sees where they are signed in and ends any of
// them, and an ended session is refused at once, its cookie still in the other browser's jar.

test.describe.configure({ mode: "serial" });

const { name, password } = E2E.users.sessions;

async function signedIn(playwright: { request: APIRequest }, userAgent: string) {
  const client = await playwright.request.newContext({ baseURL: E2E.appUrl, extraHTTPHeaders: { "user-agent": userAgent } });
  expect(await signInWithPassword(client, E2E.appUrl, name, password)).toBe(200);
  // A first request records where the session is used.
  expect((await client.get("/api/sessions")).status()).toBe(200);
  return client;
}

test("a user sees each of their sessions, ends one from another, and the ended one is refused at once", async ({ playwright, browser }) => {
  const laptop = await signedIn(playwright, "Laptop browser");
  const phone = await signedIn(playwright, "Phone browser <script>alert(1)</script>");

  const page = await browser.newPage({ storageState: await laptop.storageState() });
  await page.goto(`${E2E.appUrl}/account/sessions`);
  await expect(page.getByRole("heading", { name: "Your sessions" })).toBeVisible();
  const phoneRow = page.getByRole("row", { name: /Phone browser/ });
  // The browser's own words, shown as text.
  await expect(phoneRow).toContainText("<script>alert(1)</script>");
  await expect(page.getByRole("row", { name: /Laptop browser/ })).toContainText("This session");

  await phoneRow.getByRole("button", { name: /^End/ }).click();
  await expect(page.getByRole("status")).toHaveText("The session was ended.");
  await expect(page.getByRole("row", { name: /Phone browser/ })).toHaveCount(0);
  expect((await phone.get("/api/messages?per_page=1")).status()).toBe(401);
  expect((await laptop.get("/api/messages?per_page=1")).status()).toBe(200);
  await page.close();
  await Promise.all([laptop.dispose(), phone.dispose()]);
});

test("ending all other sessions keeps the one asking; another user's session cannot be ended", async ({ playwright }) => {
  const here = await signedIn(playwright, "Here");
  const there = await signedIn(playwright, "There");
  const mine = (await (await here.get("/api/sessions")).json()) as { sessions: { id: string; current: boolean }[] };
  const ended = await here.delete("/api/sessions");
  expect(ended.status()).toBe(200);
  expect(((await ended.json()) as { ended: number }).ended).toBeGreaterThanOrEqual(1);
  expect((await there.get("/api/sessions")).status()).toBe(401);
  expect((await here.get("/api/sessions")).status()).toBe(200);

  // The shared analyst's session, by its id, from this user: not found, and still live.
  const analyst = await playwright.request.newContext({ baseURL: E2E.appUrl, storageState: E2E.storageState.analyst });
  const theirs = (await (await analyst.get("/api/sessions")).json()) as { sessions: { id: string; current: boolean }[] };
  const theirId = theirs.sessions.find((session) => session.current)?.id ?? "";
  expect((await here.delete(`/api/sessions/${theirId}`)).status()).toBe(404);
  expect((await analyst.get("/api/messages?per_page=1")).status()).toBe(200);
  expect((await here.delete("/api/sessions/not-a-session-id")).status()).toBe(400);
  expect(mine.sessions.filter((session) => session.current)).toHaveLength(1);
  await Promise.all([here.dispose(), there.dispose(), analyst.dispose()]);
});
