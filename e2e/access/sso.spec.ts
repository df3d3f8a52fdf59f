import type { Page } from "@playwright/test";
import { expect, test } from "../support/test";
import { resultPageSchema } from "@/lib/investigate/result-page";
import { E2E } from "../support/env";

// Single sign-on end to end against a real OpenID Connect provider started by the suite
// (e2e/support/oidc-server.ts): the role comes from the groups claim.

async function signInWithIdp(page: Page, login: string) {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with Test IdP" }).click();
  await page.waitForURL(`${E2E.oidcUrl}/**`);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.locator('button[type="submit"]').click();
  const consent = page.getByRole("button", { name: "Continue" });
  if (await consent.isVisible().catch(() => false)) await consent.click();
}

test("an IdP user in the analyst group signs in as an analyst", async ({ page }) => {
  await signInWithIdp(page, "sso-analyst");
  await expect(page).toHaveURL(`${E2E.appUrl}/messages`);
  await expect(page.getByText("Signed in as SSO sso-analyst (analyst)")).toBeVisible();
  const search = await page.request.get("/api/messages?per_page=1&detections_only=true");
  expect(search.status()).toBe(200);
  const id = resultPageSchema.parse(await search.json()).messages[0]?.id ?? "";
  expect((await page.request.get(`/api/messages/${encodeURIComponent(id)}/raw`)).status()).toBe(200);
});

test("an IdP user in the manager group signs in as a manager, without message content", async ({ page }) => {
  await signInWithIdp(page, "sso-manager");
  await expect(page.getByText("Signed in as SSO sso-manager (manager)")).toBeVisible();
  const search = await page.request.get("/api/messages?per_page=1&detections_only=true");
  const id = resultPageSchema.parse(await search.json()).messages[0]?.id ?? "";
  expect((await page.request.get(`/api/messages/${encodeURIComponent(id)}/raw`)).status()).toBe(403);
});

test("an IdP user in neither group is refused", async ({ page }) => {
  await signInWithIdp(page, "sso-nobody");
  await expect(page).toHaveURL(/\/sign-in\?.*error=AccessDenied/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("no role");
  expect((await page.request.get("/api/messages?per_page=1")).status()).toBe(401);
});
