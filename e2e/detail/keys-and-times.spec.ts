import type { Page } from "@playwright/test";
import { detailPath, expect, test } from "./fixtures";

// The same keys wherever a message is shown (over the results, on its own page, after a reload), and the
// same times: in the zone the Local/UTC switch chose, the trace included, never printed twice.

const QUERY = "detections_only=false&per_page=100";
const rows = (page: Page) => page.locator("tbody tr[data-row-id]");
const searchBox = (page: Page) => page.getByRole("search").getByLabel("Search", { exact: true });
const shownId = (page: Page) => page.getByRole("button", { name: "Copy investigate id" }).locator("xpath=..");

async function firstIds(page: Page, count: number): Promise<string[]> {
  await page.goto(`/messages?${QUERY}`);
  await expect(rows(page).first()).toBeVisible();
  return rows(page).evaluateAll((elements, n) => elements.slice(0, n).map((row) => row.getAttribute("data-row-id") ?? ""), count);
}

test("/ selects what the search box holds, so typing replaces it instead of writing before it", async ({ page }) => {
  await page.goto(`/messages?query=invoice&${QUERY}`);
  await expect(searchBox(page)).toHaveValue("invoice");
  await page.getByRole("heading", { name: /^By disposition/ }).click();
  await page.keyboard.press("/");
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type("docusign");
  await expect(searchBox(page)).toHaveValue("docusign");
});

test("j and k walk the search's results on a message page opened directly, and after a reload", async ({ page }) => {
  const ids = await firstIds(page, 4);
  // A new tab: nothing of the search is loaded in it.
  const direct = await page.context().newPage();
  await direct.goto(detailPath(ids[1] ?? "", QUERY));
  await expect(shownId(direct)).toContainText(ids[1] ?? "");
  await direct.keyboard.press("j");
  await expect(direct).toHaveURL(new RegExp(`${detailPath(ids[2] ?? "", QUERY).replace(/[?.]/g, "\\$&")}$`));
  await expect(shownId(direct)).toContainText(ids[2] ?? "");

  await direct.reload();
  await expect(shownId(direct)).toContainText(ids[2] ?? "");
  await direct.keyboard.press("k");
  await direct.keyboard.press("k");
  await expect(shownId(direct)).toContainText(ids[0] ?? "");
  await direct.keyboard.press("Enter");
  await expect(shownId(direct)).toContainText(ids[0] ?? "");

  // Esc goes back to the results, `/` to the search box: as over the results.
  await direct.keyboard.press("/");
  await expect(direct).toHaveURL(new RegExp(`/messages\\?${QUERY}$`));
  await expect(searchBox(direct)).toBeFocused();
  await direct.close();
});

test("a message page with no search to walk ignores j and k", async ({ page }) => {
  const [id] = await firstIds(page, 1);
  await page.goto(detailPath(id ?? ""));
  await expect(shownId(page)).toContainText(id ?? "");
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  await expect(page).toHaveURL(new RegExp(`${detailPath(id ?? "").replace(/[?.]/g, "\\$&")}$`));
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/messages$/);
});

test("over the results, / closes the message and focuses the search box; the row stays selected", async ({ page }) => {
  const ids = await firstIds(page, 3);
  await rows(page).nth(1).locator("a").first().click();
  await expect(page.getByTestId("message-overlay")).toBeVisible();
  await page.keyboard.press("j");
  await expect(shownId(page)).toContainText(ids[2] ?? "");
  // Enter belongs to what has the focus in the message, not to the results beneath it.
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("message-overlay")).toBeVisible();
  await expect(shownId(page)).toContainText(ids[2] ?? "");
  await page.keyboard.press("/");
  await expect(page.getByTestId("message-overlay")).toHaveCount(0);
  await expect(searchBox(page)).toBeFocused();
  await expect(page.locator("tr[data-selected]")).toHaveAttribute("data-row-id", ids[2] ?? "");
});

test.describe("in a browser east of UTC", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("every time follows the Local/UTC switch, the trace's included", async ({ page }) => {
    const [id] = await firstIds(page, 1);
    await page.goto(detailPath(id ?? "", QUERY));
    const sent = page.locator("header time").first();
    const traceTime = page.getByTestId("trace-line").first().locator("time");
    await expect(traceTime).toBeVisible();
    const iso = (await traceTime.getAttribute("datetime")) ?? "";
    const utc = new Date(Date.parse(iso)).toISOString().slice(0, 19).replace("T", " ");
    const tokyo = new Date(Date.parse(iso) + 9 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");

    await page.getByRole("radio", { name: /^Local/ }).first().check();
    await expect(traceTime).toHaveText(`${tokyo} Asia/Tokyo`);
    await expect(traceTime).toHaveAttribute("title", `${utc} UTC`);
    await expect(sent).toContainText("Asia/Tokyo");

    await page.getByRole("radio", { name: "UTC" }).first().check();
    await expect(traceTime).toHaveText(`${utc} UTC`);
    await expect(sent).toContainText("UTC");
    await expect(sent).not.toContainText("Asia/Tokyo");
  });
});

test.describe("in a browser on UTC", () => {
  test.use({ timezoneId: "UTC" });

  test("a time is printed once, not once per zone", async ({ page }) => {
    const [id] = await firstIds(page, 1);
    await page.goto(detailPath(id ?? ""));
    const sent = page.locator("header").getByText(/^Sent /);
    await expect(sent).toBeVisible();
    const text = (await sent.textContent()) ?? "";
    const times = text.match(/\d{2}:\d{2}:\d{2}/g) ?? [];
    expect(times, text).toHaveLength(1);
  });
});
