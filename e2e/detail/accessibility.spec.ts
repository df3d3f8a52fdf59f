import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { HOSTILE_MESSAGE_IDS } from "@/lib/emulator/hostile-messages";
import { detailPath, expect, findMessage, test } from "./fixtures";

// axe on the detail page and on the overlay: no serious or critical violation.

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("the full page has no serious or critical axe violation", async ({ page, request }) => {
  const message = await findMessage(request, "malicious with findings", (m) => m.final_disposition === "MALICIOUS" && m.findings.length > 0);
  await page.goto(detailPath(message.id));
  await expect(page.getByTestId("message-subject")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the hostile message's page has no serious or critical axe violation", async ({ page }) => {
  await page.goto(detailPath(HOSTILE_MESSAGE_IDS.markup));
  await expect(page.getByTestId("message-subject")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the overlay has no serious or critical axe violation", async ({ page }) => {
  await page.goto("/messages?detections_only=false");
  await page.locator("tbody tr[data-row-id] a").first().click();
  await expect(page.getByTestId("message-overlay").getByTestId("message-subject")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
