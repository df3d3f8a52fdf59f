import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "../support/test";
import { resultPageSchema } from "@/lib/investigate/result-page";
import { E2E } from "../support/env";
import { signInWithPassword } from "../support/sign-in";

// Pages need a session: signed out, a message link goes to sign-in and, after it, to that message. The
// return URL is only ever our own origin. Sign-out ends the session.

async function signInThroughPage(page: Page, name: string, password: string) {
  await page.getByLabel("User name").fill(name);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

async function someMessageId(page: Page): Promise<string> {
  const context = await page.context().browser()?.newContext({ storageState: E2E.storageState.analyst, baseURL: E2E.appUrl });
  if (!context) throw new Error("no browser");
  const response = await context.request.get("/api/messages?per_page=3");
  const id = resultPageSchema.parse(await response.json()).messages[0]?.id;
  await context.close();
  if (!id) throw new Error("no message");
  return id;
}

test("signed out, a message link goes to sign-in and then to that message", async ({ page }) => {
  const id = await someMessageId(page);
  const link = `/messages/${encodeURIComponent(id)}?query=invoice`;
  await page.goto(link);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(link);
  await expect(page.getByRole("heading", { name: "Demo accounts" })).toHaveCount(0);
  await signInThroughPage(page, E2E.users.analyst.name, E2E.users.analyst.password);
  await expect(page).toHaveURL(`${E2E.appUrl}${link}`);
  await expect(page.getByText(/Signed in as e2e-analyst/)).toBeVisible();
});

test("a wrong password is refused with a message and no session", async ({ page }) => {
  await page.goto("/sign-in");
  await signInThroughPage(page, E2E.users.analyst.name, "not-the-password");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("do not match");
  expect((await page.request.get("/api/messages?per_page=1")).status()).toBe(401);
});

test("after ten wrong passwords for a name, sign-in is refused for a while and says so", async ({ page }) => {
  // A name of its own (the throttle counts names, not accounts), so no other test is shut out.
  const name = `e2e-guessed-${Date.now()}`;
  for (let attempt = 0; attempt < 10; attempt++) expect(await signInWithPassword(page.request, E2E.appUrl, name, `guess-${attempt}`)).toBe(401);
  await page.goto("/sign-in");
  await signInThroughPage(page, name, "guess-10");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Too many failed sign-ins");
  const audited = readFileSync(E2E.auditLogFile, "utf8")
    .split("\n")
    .filter((line) => line.includes(name))
    .map((line) => JSON.parse(line) as { event: string; reason?: string });
  expect(audited.filter((line) => line.event === "sign_in_failed" && line.reason === "throttled")).toHaveLength(1);
});

for (const hostile of ["https://evil.example/messages", "//evil.example/messages", "/\\evil.example", "javascript:alert(1)"]) {
  test(`a return URL of ${hostile} is refused: sign-in lands on our own origin`, async ({ page }) => {
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(hostile)}`);
    await signInThroughPage(page, E2E.users.analyst.name, E2E.users.analyst.password);
    await expect(page).toHaveURL(`${E2E.appUrl}/messages`);
  });
}

test("next-auth's own callback refuses a return URL on another origin", async ({ request }) => {
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, username: E2E.users.manager.name, password: E2E.users.manager.password, callbackUrl: "https://evil.example/x", json: "true" },
    maxRedirects: 0,
  });
  const { url } = (await response.json()) as { url: string };
  expect(new URL(url).origin).toBe(E2E.appUrl);
});

test("sign-out ends the session, even for a copy of its cookie kept from before", async ({ page }) => {
  await page.goto("/sign-in");
  await signInThroughPage(page, E2E.users.manager.name, E2E.users.manager.password);
  await expect(page.getByText(/Signed in as e2e-manager \(manager\)/)).toBeVisible();
  const kept = (await page.context().cookies()).filter((c) => c.name.endsWith("next-auth.session-token"));
  expect(kept).toHaveLength(1);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.context().addCookies(kept);
  expect((await page.request.get("/api/messages?per_page=1")).status()).toBe(401);
  await page.goto("/messages");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page }) => {
  await page.goto("/sign-in");
  await signInThroughPage(page, E2E.users.analyst.name, E2E.users.analyst.password);
  await expect(page).toHaveURL(/\/messages/);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
});

test("the demo accounts are listed on the demo's sign-in page, and work there only", async ({ page, playwright }) => {
  await page.goto(`${E2E.demoUrl}/sign-in`);
  await expect(page.getByRole("heading", { name: "Demo accounts" })).toBeVisible();
  await expect(page.getByText("demo-analyst")).toBeVisible();
  const app = await playwright.request.newContext({ baseURL: E2E.appUrl });
  const csrf = (await (await app.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await app.post("/api/auth/callback/credentials", { form: { csrfToken: csrf.csrfToken, username: "analyst", password: "demo-analyst", json: "true" } });
  expect((await app.get("/api/messages?per_page=1")).status()).toBe(401);
  await app.dispose();
});
