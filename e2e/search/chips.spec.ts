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

test("NONE is mail without a detection: its chip searches all mail, and a link with Detections only says it finds nothing", async ({ page }) => {
  const { start, end } = fixedWindow(2);
  await page.goto(`/messages?start=${start}&end=${end}&detections_only=true&final_disposition=NONE`);
  const note = page.getByTestId("none-never-matches");
  await expect(note).toContainText("with “Detections only” this search finds nothing");
  await note.getByRole("button", { name: "Search all mail" }).click();
  await expect(page).toHaveURL(/detections_only=false/);
  await expect(note).toHaveCount(0);
  await expect(bodyRows(page).first()).toBeVisible();

  await page.goto(`/messages?start=${start}&end=${end}&detections_only=true`);
  // Before it is pressed, the chip says what it will do.
  await page.getByRole("search").getByRole("button", { name: "NONE", exact: true }).hover();
  await expect(page.getByRole("tooltip")).toHaveText("NONE is mail without a detection: choosing it searches all mail");
  await page.getByRole("search").getByRole("button", { name: "NONE", exact: true }).click();
  await expect(page).toHaveURL(/final_disposition=NONE/);
  await expect(page).toHaveURL(/detections_only=false/);
  await expect(bodyRows(page).first()).toBeVisible();
  await expect(note).toHaveCount(0);
});

test("Custom… after a quick range starts from that range's window", async ({ page }) => {
  await page.goto("/messages?range=7d");
  await page.getByRole("radio", { name: "UTC", exact: true }).check();
  const form = page.getByRole("search", { name: "Search messages" });
  await expect(form).toHaveAttribute("data-hydrated", "true");
  await form.getByLabel("Time range").selectOption("custom");
  // Written as the table writes times, not as the browser's locale would (12-hour US dates).
  await expect(form.getByLabel("Start (UTC)")).toHaveValue(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  const start = Date.parse(`${(await form.getByLabel("Start (UTC)").inputValue()).replace(" ", "T")}Z`);
  const end = Date.parse(`${(await form.getByLabel("End (UTC)").inputValue()).replace(" ", "T")}Z`);
  expect(end - start).toBe(7 * 86_400_000);
  expect(Math.abs(end - Date.now())).toBeLessThan(120_000);
});
