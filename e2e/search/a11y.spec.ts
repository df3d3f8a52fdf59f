import AxeBuilder from "@axe-core/playwright";
import { bodyRows, expect, test } from "./fixtures";
import type { Page } from "./fixtures";

// axe on the page in its main states, in both themes: no serious or critical violation.

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
}

test("the search page with results passes axe in light and dark", async ({ page }) => {
  // Two whole-page axe runs (colour contrast over every cell) can come close to the 30 s default on a
  // busy machine.
  test.slow();
  await page.goto("/messages");
  await expect(bodyRows(page).first()).toBeVisible();
  await page.getByRole("search").getByText("Advanced filters").click();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("group", { name: "Theme" }).getByRole("button", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.getByRole("button", { name: "Columns", exact: true }).click();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the empty and error states pass axe", async ({ page, guard }) => {
  guard.allow(/status of 400/);
  await page.goto("/messages?query=zzzz-no-such-message-zzzz");
  await expect(page.getByText("No messages match this search.")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/messages?start=2026-06-02T00:00:00Z&end=2026-06-01T00:00:00Z");
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  // A link the page did not understand: the notice, and the fields marked invalid.
  await page.goto("/messages?final_disposition=MALICIOUS-BEC&per_page=0&range=90d");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("not run");
  expect(await seriousViolations(page)).toEqual([]);
});

test("the theme follows the system until chosen, and the choice survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/messages");
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.getByRole("group", { name: "Theme" }).getByRole("button", { name: "Light" }).click();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await expect(page.getByRole("button", { name: "Light" })).toHaveAttribute("aria-pressed", "true");
});
