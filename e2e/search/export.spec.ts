import { readFile } from "node:fs/promises";
import { E2E } from "../support/env";
import { bodyRows, expect, fixedWindow, footer, scroller, openMenu, test, walkApi } from "./fixtures";

// Exports hold exactly the loaded rows, times in the zone shown, the zone named.

test("CSV and JSON exports hold exactly the loaded rows", async ({ page, request }) => {
  const { start, end } = fixedWindow(30);
  const query = `start=${start}&end=${end}&per_page=100`;
  await page.goto(`/messages?${query}`);
  await page.getByRole("radio", { name: "UTC", exact: true }).check();
  await expect(bodyRows(page).first()).toBeVisible();
  // Load more pages, then stop: the export must hold the loaded rows, not one page or the whole search.
  await scroller(page).evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect(footer(page)).toHaveText(/^[2-9]00 messages loaded; scroll for more\.$/);
  const loaded = Number((await footer(page).textContent())?.split(" ")[0]);
  const expected = await walkApi(request, query, loaded / 100);

  const csvDownload = page.waitForEvent("download");
  await openMenu(page, "Export");
  await page.getByRole("menuitem", { name: "Export CSV" }).click();
  const csv = await readFile((await (await csvDownload).path()) ?? "", "utf8");
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toMatch(/^id,time \(UTC\),from_name,from,/);
  // Ids are the first cell; generated ids hold no comma or quote.
  expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(expected.map((message) => message.id));
  const firstTime = (expected[0]?.scanned_at ?? "").slice(0, 19).replace("T", " ");
  expect(lines[1]?.split(",")[1]).toBe(firstTime);

  const jsonDownload = page.waitForEvent("download");
  await openMenu(page, "Export");
  await page.getByRole("menuitem", { name: "Export JSON" }).click();
  const json = JSON.parse(await readFile((await (await jsonDownload).path()) ?? "", "utf8")) as {
    timeZone: string;
    count: number;
    search: string;
    rows: Array<{ id: string; time: string }>;
  };
  expect(json.timeZone).toBe("UTC");
  expect(json.count).toBe(loaded);
  expect(Object.fromEntries(new URLSearchParams(json.search))).toEqual(Object.fromEntries(new URLSearchParams(query)));
  expect(json.rows.map((row) => row.id)).toEqual(expected.map((message) => message.id));
  expect(json.rows[0]?.time).toBe(firstTime);
});

test("exports name the local zone when times are shown in local time", async ({ browser, guard }) => {
  const context = await browser.newContext({ timezoneId: "Asia/Kolkata", storageState: E2E.storageState.analyst });
  try {
    const page = await context.newPage();
    guard.watch(page);
    await page.goto("/messages?per_page=20");
    await expect(bodyRows(page).first()).toBeVisible();
    // Chromium may name the zone by its older alias.
    await expect(page.getByRole("radio", { name: /^Local \(Asia\/(Kolkata|Calcutta)\)$/ })).toBeChecked();
    const download = page.waitForEvent("download");
    await openMenu(page, "Export");
  await page.getByRole("menuitem", { name: "Export CSV" }).click();
    const csv = await readFile((await (await download).path()) ?? "", "utf8");
    expect(csv.split("\r\n")[0]).toMatch(/,time \(Asia\/(Kolkata|Calcutta)\),/);
    // The table shows the same local time, with UTC on hover.
    const time = bodyRows(page).first().locator("time");
    const iso = (await time.getAttribute("datetime")) ?? "";
    const local = new Date(Date.parse(iso) + 5.5 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
    await expect(time).toHaveText(local);
    await expect(time).toHaveAttribute("title", `${iso.slice(0, 19).replace("T", " ")} UTC`);
    expect(csv.split("\r\n")[1]?.split(",")[1]).toBe(local);
  } finally {
    await context.close();
  }
});
