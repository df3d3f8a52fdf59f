import { bodyRows, expect, fixedWindow, test, walkApi } from "./fixtures";
import type { Page } from "./fixtures";

/** The data columns' headers (the first column holds the rows' checkboxes). */
const headers = async (page: Page) => (await page.getByRole("columnheader").allTextContents()).slice(1);

test("hidden and reordered columns survive a reload", async ({ page }) => {
  await page.goto("/messages");
  await expect(bodyRows(page).first()).toBeVisible();
  const before = await headers(page);
  expect(before.slice(0, 4)).toEqual(["Time", "Sender", "Recipients", "Subject"]);

  await page.getByRole("button", { name: "Columns", exact: true }).click();
  const menu = page.getByRole("list", { name: "Columns" });
  await menu.getByRole("checkbox", { name: "Recipients" }).uncheck();
  await menu.getByRole("button", { name: "Move Subject left" }).click();
  await menu.getByRole("button", { name: "Move Subject left" }).click();
  // Subject moved past Recipients (hidden) and Sender: two places left in the full order.
  await expect.poll(() => headers(page)).toEqual(["Time", "Subject", "Sender", ...before.slice(4)]);

  await page.reload();
  await expect(bodyRows(page).first()).toBeVisible();
  expect(await headers(page)).toEqual(["Time", "Subject", "Sender", ...before.slice(4)]);
  expect(await headers(page)).not.toContain("Recipients");

  await page.getByRole("button", { name: "Columns", exact: true }).click();
  await page.getByRole("button", { name: "Reset columns" }).click();
  await expect.poll(() => headers(page)).toEqual(before);
});

test("the column menu closes on Escape (the focus back on its button) and on a click outside it", async ({ page }) => {
  await page.goto("/messages");
  await expect(bodyRows(page).first()).toBeVisible();
  const menu = page.getByRole("list", { name: "Columns" });
  await page.getByRole("button", { name: "Columns", exact: true }).click();
  await menu.getByRole("checkbox").first().focus();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Columns", exact: true })).toBeFocused();
  // Escape closed the menu and nothing else: the page is still the list.
  await expect(bodyRows(page).first()).toBeVisible();

  await page.getByRole("button", { name: "Columns", exact: true }).click();
  await expect(menu).toBeVisible();
  await page.getByRole("heading", { name: /^By disposition/ }).click();
  await expect(menu).toHaveCount(0);
});

test("keyboard: / focuses the search, j and k move, Enter opens the right message; j in the box types j", async ({ page, request }) => {
  const { start, end } = fixedWindow(30);
  const query = `start=${start}&end=${end}`;
  const rows = await walkApi(request, `${query}&per_page=100`, 1);
  await page.goto(`/messages?${query}`);
  await expect(bodyRows(page).first()).toBeVisible();

  await page.keyboard.press("/");
  const box = page.getByRole("search").getByLabel("Search", { exact: true });
  await expect(box).toBeFocused();
  await page.keyboard.type("jk");
  await expect(box).toHaveValue("jk");
  await expect(page.locator("tr[data-selected]")).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(box).not.toBeFocused();

  for (const key of ["j", "j", "j", "k"]) await page.keyboard.press(key);
  const chosen = rows[1];
  expect(chosen).toBeDefined();
  await expect(page.locator("tr[data-selected]")).toHaveAttribute("data-row-id", chosen?.id ?? "");
  await expect(page.locator("tr[data-selected] a")).toBeFocused();

  await page.keyboard.press("Enter");
  await expect.poll(() => new URL(page.url()).pathname).toBe(`/messages/${encodeURIComponent(chosen?.id ?? "")}`);
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ start, end });

  // Back to the results: the same search, the same row selected.
  await page.goBack();
  await expect(page.locator("tr[data-selected]")).toHaveAttribute("data-row-id", chosen?.id ?? "");
  await expect(box).toHaveValue("");

  // Enter with the selection but the focus elsewhere opens it too.
  await page.getByRole("heading", { name: /^By disposition/ }).click();
  await page.keyboard.press("j");
  await page.getByRole("heading", { name: /^By disposition/ }).click();
  await page.keyboard.press("Enter");
  await expect.poll(() => new URL(page.url()).pathname).toBe(`/messages/${encodeURIComponent(rows[2]?.id ?? "")}`);
});

test("each row is a real link to the message, carrying the search; a middle click opens it in a tab", async ({ page, request, context }) => {
  const { start, end } = fixedWindow(30);
  const query = `start=${start}&end=${end}&query=invoice`;
  const [first] = await walkApi(request, `${query}&per_page=100`, 1);
  await page.goto(`/messages?${query}`);
  const link = bodyRows(page).first().getByRole("link");
  await expect(link).toHaveAttribute("href", /^\/messages\/.+\?/);
  const href = new URL((await link.getAttribute("href")) ?? "", "http://x");
  expect(href.pathname).toBe(`/messages/${encodeURIComponent(first?.id ?? "")}`);
  expect(Object.fromEntries(href.searchParams)).toEqual(Object.fromEntries(new URLSearchParams(query)));

  // A middle click anywhere on the row (but its checkbox) opens the message in a new tab, as on the link itself.
  const opened = context.waitForEvent("page");
  await bodyRows(page).first().locator("td").nth(1).click({ button: "middle" });
  const tab = await opened;
  await expect.poll(() => new URL(tab.url()).pathname).toBe(href.pathname);
  await tab.close();
  expect(new URL(page.url()).pathname).toBe("/messages");
});
