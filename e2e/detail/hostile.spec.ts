import { HOSTILE_MESSAGE_IDS } from "@/lib/emulator/hostile-messages";
import { detailPath, expect, test } from "./fixtures";

// Attacker-written text everywhere: only Cloudflare's <b> becomes markup; everything else shows as the
// characters it is and runs nothing (the guard fails the test on any dialog); links are never live.

const markup = HOSTILE_MESSAGE_IDS.markup;

test("a detection reason's <b> shows bold; script, image and anchor show literally and run nothing", async ({ page }) => {
  await page.goto(detailPath(markup));
  const reasons = page.locator('section[aria-labelledby="reasons"]');
  await expect(reasons.locator("b", { hasText: "body" })).toBeVisible();
  expect(await reasons.locator("b", { hasText: "body" }).evaluate((element) => getComputedStyle(element).fontWeight)).toBe("700");
  await expect(reasons.getByText("<script>alert(document.cookie)</script>", { exact: true })).toBeVisible();
  await expect(reasons.getByText('Link to <a href="javascript:alert(1)">click here</a> found in', { exact: false })).toBeVisible();
  await expect(reasons.getByText("<svg onload=alert(1)>", { exact: false })).toBeVisible();
  // The subject and sender name hold a script and an image with a handler: text, not elements.
  await expect(page.getByTestId("message-subject")).toContainText("<script>alert(1)</script> Invoice #4471 overdue <img src=x onerror=alert(1)>");
  await expect(page.getByText("<img src=x onerror=alert(1)>Microsoft", { exact: true })).toBeVisible();
  expect(await page.locator("main img[src='x'], main svg[onload], main script, main a[href^='javascript']").count()).toBe(0);
  // Hover the attribute-carrying <b> reason, in case a handler had survived.
  await reasons.getByText("contains markup", { exact: false }).hover();
});

test("links are defanged and not clickable", async ({ page }) => {
  await page.goto(detailPath(markup));
  const links = page.getByTestId("link");
  await expect(links.filter({ hasText: "hxxps://micros0ft-support[.]com/login" })).toBeVisible();
  await expect(links.filter({ hasText: "javascript[:]alert(1)" })).toBeVisible();
  expect(await page.locator("a[href*='micros0ft'], a[href^='javascript'], a[href*='alert']").count()).toBe(0);
  expect(await links.locator("a").count()).toBe(0);
});

test("a message with every optional field null still renders", async ({ page }) => {
  await page.goto(detailPath(HOSTILE_MESSAGE_IDS.allNulls));
  await expect(page.getByTestId("message-subject")).toHaveText("(no subject)");
  await expect(page.getByTestId("auth-explanation")).toHaveText(/^Nothing was checked/);
});

test("values outside every known enumeration show as themselves", async ({ page }) => {
  await page.goto(detailPath(HOSTILE_MESSAGE_IDS.unknownEnums));
  await expect(page.getByTestId("disposition")).toHaveText("QUARANTINED-HOLD");
  await expect(page.locator('[data-check="DKIM"]')).toHaveText("DKIM temperror");
  await expect(page.getByText("SECURE_HOLD", { exact: true })).toBeVisible();
});
