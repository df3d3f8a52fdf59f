import { bodyRows, expect, fixedWindow, footer, test, walkApi } from "./fixtures";
import type { Page } from "./fixtures";

// Managers: one click per disposition, and a breakdown of what is loaded.

async function breakdown(page: Page): Promise<Record<string, number>> {
  const items = page.getByRole("list", { name: "Loaded rows by disposition" }).getByRole("listitem");
  const entries = await items.evaluateAll((elements) =>
    elements.map((item) => [item.getAttribute("data-disposition") ?? "", Number(item.querySelector("[data-count]")?.textContent?.replaceAll(",", ""))] as const),
  );
  return Object.fromEntries(entries);
}

function tally(dispositions: Array<string | null>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of dispositions) counts[value ?? "NONE"] = (counts[value ?? "NONE"] ?? 0) + 1;
  return counts;
}

test("the breakdown counts the loaded rows, and a chip filters by one disposition", async ({ page, request }) => {
  const { start, end } = fixedWindow(30);
  const query = `start=${start}&end=${end}&per_page=500`;
  await page.goto(`/messages?${query}`);
  await expect(bodyRows(page).first()).toBeVisible();
  await expect(footer(page)).toHaveText(/^500 messages loaded/);
  const firstPage = await walkApi(request, query, 1);
  expect(await breakdown(page)).toEqual(tally(firstPage.map((message) => message.final_disposition)));
  await expect(page.getByRole("heading", { name: /By disposition \(the 500 loaded rows\)/ })).toBeVisible();

  await page.getByRole("search").getByRole("button", { name: "SPOOF", exact: true }).click();
  await expect(page).toHaveURL(/final_disposition=SPOOF/);
  await expect(page.getByRole("search").getByRole("button", { name: "SPOOF", exact: true })).toHaveAttribute("aria-pressed", "true");
  const spoofs = await walkApi(request, `${query}&final_disposition=SPOOF`, 1);
  expect(spoofs.length).toBeGreaterThan(0);
  await expect.poll(() => breakdown(page)).toEqual({ SPOOF: spoofs.length });
  const badges = page.locator("tbody tr[data-row-id]").getByText(/^(MALICIOUS|SUSPICIOUS|SPOOF|SPAM|BULK|NONE)$/);
  await expect(badges.first()).toHaveText("SPOOF");
  expect(new Set(await badges.allTextContents())).toEqual(new Set(["SPOOF"]));

  await page.getByRole("search").getByRole("button", { name: "Any", exact: true }).click();
  await expect(page).not.toHaveURL(/final_disposition/);
  await expect.poll(() => breakdown(page)).toEqual(tally(firstPage.map((message) => message.final_disposition)));
});
