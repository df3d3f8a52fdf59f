import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { E2E } from "../support/env";
import { expect, guardedTest as test } from "../support/guard";
import { walkApi } from "../support/walk-api";

// axe on every page of the dashboard, in light and in dark: no serious or critical violation. The search
// page's states, the message page's and the overview's own checks are in their specs; this walks the rest
// and the two main pages as a user lands on them.

async function seriousViolations(page: Page): Promise<string[]> {
  await page.waitForLoadState("networkidle");
  // The theme follows the system's (emulated) scheme: the page must really be in the theme checked.
  const dark = await page.evaluate(() => document.documentElement.classList.contains("dark"));
  expect(dark, page.url()).toBe((await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)));
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${page.url()} ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
}

/** Each page in turn, once its main content is there: every violation found, by page. */
async function violationsOn(page: Page, paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole("main").first()).toBeVisible();
    found.push(...(await seriousViolations(page)));
  }
  return found;
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme}`, () => {
    test.use({ colorScheme });

    test(`every analyst page passes axe (${colorScheme})`, async ({ page, request }) => {
      test.slow();
      const [message] = await walkApi(request, "range=30d", 1);
      if (!message) throw new Error("the emulator has no message");
      const pages = [
        "/messages",
        `/messages/${encodeURIComponent(message.id)}`,
        "/queue",
        "/views",
        "/remediation",
        "/account/sessions",
        "/overview/messages?disposition=MALICIOUS&first=2026-11-01&last=2026-11-30",
      ];
      expect(await violationsOn(page, pages)).toEqual([]);
    });

    test.describe("as a manager", () => {
      test.use({ storageState: E2E.storageState.manager });
      test(`the audit trail and the manager's search pass axe (${colorScheme})`, async ({ page }) => {
        test.slow();
        expect(await violationsOn(page, ["/audit", "/messages"])).toEqual([]);
      });
    });

    test.describe("signed out", () => {
      test.use({ storageState: { cookies: [], origins: [] } });
      test(`the sign-in page and the not-found page pass axe (${colorScheme})`, async ({ page }) => {
        expect(await violationsOn(page, ["/sign-in", "/no-such-page"])).toEqual([]);
      });
    });
  });
}
