import type { Page } from "@playwright/test";
import { E2E } from "../support/env";
import { bodyRows, expect, fixedWindow, firstIds, footer, scroller, test } from "./fixtures";

// A session that ends while the page is open (expired, signed out elsewhere, cookie gone) must not look
// like a failed search: the next call to the API that answers 401 takes the user to sign-in, and signing
// in brings them back to the search they were on.

async function signInThroughPage(page: Page) {
  await page.getByLabel("User name").fill(E2E.users.analyst.name);
  await page.getByLabel("Password").fill(E2E.users.analyst.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test("a 401 on the next page goes to sign-in, and back to the same search after it", async ({ page, context, guard }) => {
  guard.allow(/Failed to load resource: the server responded with a status of 401/);
  const { start, end } = fixedWindow(7);
  const search = `/messages?start=${start}&end=${end}&per_page=50`;
  await page.goto(search);
  await expect(bodyRows(page).first()).toBeVisible();
  const ids = await firstIds(page);
  const here = new URL(page.url());

  await context.clearCookies();
  await scroller(page).evaluate((element) => element.scrollTo(0, element.scrollHeight));

  await expect(page).toHaveURL(/\/sign-in\?/);
  expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(`${here.pathname}${here.search}`);
  await expect(footer(page)).toHaveCount(0);
  await signInThroughPage(page);
  await expect(page).toHaveURL(`${E2E.appUrl}${here.pathname}${here.search}`);
  await expect(bodyRows(page).first()).toBeVisible();
  // The list comes back where it was scrolled to (result-position.ts restores it once the rows are in,
  // which may be after a first scroll to the top); its top holds the same rows as before.
  await expect
    .poll(async () => {
      await scroller(page).evaluate((element) => element.scrollTo(0, 0));
      return firstIds(page);
    })
    .toEqual(ids);
});

test("a 401 on a new search goes to sign-in with that search as the way back", async ({ page, context, guard }) => {
  guard.allow(/Failed to load resource: the server responded with a status of 401/);
  await page.goto("/messages?per_page=20");
  await expect(bodyRows(page).first()).toBeVisible();
  // Parts of the page that load after the rows (the breakdown, a search still polling) must be done,
  // or their 401 sends the user to sign-in before the new search is made.
  await page.waitForLoadState("networkidle");

  await context.clearCookies();
  const box = page.getByRole("search").getByLabel("Search", { exact: true });
  await box.fill("invoice");
  await box.press("Enter");

  await expect(page).toHaveURL(/\/sign-in\?/);
  const back = new URL(new URL(page.url()).searchParams.get("callbackUrl") ?? "", E2E.appUrl);
  expect(back.pathname).toBe("/messages");
  expect(back.searchParams.get("query")).toBe("invoice");
  expect(back.searchParams.get("per_page")).toBe("20");
  await signInThroughPage(page);
  await expect(page).toHaveURL(`${E2E.appUrl}${back.pathname}${back.search}`);
  await expect(page.getByRole("search").getByLabel("Search", { exact: true })).toHaveValue("invoice");
});
