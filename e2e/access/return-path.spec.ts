import type { Page } from "@playwright/test";
import { expect, test } from "../support/test";
import { REDIRECT_TRICKS } from "@/lib/auth/testing/redirect-tricks";
import { E2E } from "../support/env";

// The return URL after sign-in is only ever our own origin: every trick in the corpus is followed as a
// browser would (the Location resolved against the app's URL), through both places that honour it —
// the sign-in page of someone already signed in, and next-auth's own sign-in callback.

const appOrigin = new URL(E2E.appUrl).origin;

function landsOn(location: string | undefined): string {
  if (!location) throw new Error("no Location");
  return new URL(location, `${E2E.appUrl}/sign-in`).origin;
}

test.describe("signed in, /sign-in?callbackUrl= redirects", () => {
  test.use({ storageState: E2E.storageState.analyst });

  for (const trick of REDIRECT_TRICKS) {
    test(`to our own origin for ${JSON.stringify(trick)}`, async ({ request }) => {
      const response = await request.get(`/sign-in?callbackUrl=${encodeURIComponent(trick)}`, { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(landsOn(response.headers().location)).toBe(appOrigin);
    });
  }
});

test("next-auth's sign-in callback answers our own origin for every trick", async ({ playwright }) => {
  const client = await playwright.request.newContext({ baseURL: E2E.appUrl });
  const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const { name, password } = E2E.users.manager;
  const escaped: string[] = [];
  for (const trick of REDIRECT_TRICKS) {
    const response = await client.post("/api/auth/callback/credentials", {
      form: { csrfToken, username: name, password, callbackUrl: trick, json: "true" },
      maxRedirects: 0,
    });
    expect(response.status(), trick).toBe(200);
    const { url } = (await response.json()) as { url: string };
    if (landsOn(url) !== appOrigin) escaped.push(`${JSON.stringify(trick)} → ${url}`);
  }
  expect(escaped).toEqual([]);
  await client.dispose();
});

// What the browser itself does with the answer: every page it navigated to, redirects included.
function navigations(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) urls.push(request.url());
  });
  return urls;
}

function offOrigin(urls: string[]): string[] {
  return urls.filter((url) => new URL(url).origin !== appOrigin);
}

for (const trick of ["/.//evil.example/x", "/..//evil.example/x", "/%2e//evil.example/x"]) {
  test(`in Chromium, signing in through the form with a return URL of ${trick} stays on our origin`, async ({ page }) => {
    const visited = navigations(page);
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(trick)}`);
    await page.getByLabel("User name").fill(E2E.users.analyst.name);
    await page.getByLabel("Password").fill(E2E.users.analyst.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(`${E2E.appUrl}/messages`);
    expect(offOrigin(visited)).toEqual([]);
  });
}

test.describe("in Chromium, already signed in", () => {
  test.use({ storageState: E2E.storageState.analyst });

  test("the sign-in page's redirect stays on our origin", async ({ page }) => {
    const visited = navigations(page);
    // A redirect to another host fails to load here (no such host); where it went is judged below.
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/.//evil.example/x")}`).catch(() => undefined);
    expect(offOrigin(visited)).toEqual([]);
    await expect(page).toHaveURL(`${E2E.appUrl}/messages`);
  });
});
