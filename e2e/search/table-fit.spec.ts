import { readdirSync, statSync } from "node:fs";
import { bodyRows, expect, fixedWindow, scroller, test } from "./fixtures";
import type { Page } from "./fixtures";

// The results table fits the page: at 1280 px and up no column is cut by default; a column resized by
// drag or keys keeps its width across a reload while the others fit around it; screenshots of the
// results and a message page at each width, light and dark, are kept with the test's output.

const WIDTHS = [1280, 1440, 1920] as const;

/** The first result: a table row, or on a phone a card. */
const firstResult = (page: Page, width: number) => (width < 640 ? page.getByTestId("result-cards").locator("li[data-row-id]") : bodyRows(page)).first();

async function openResults(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  const { start, end } = fixedWindow(7);
  await page.goto(`/messages?start=${start}&end=${end}`);
  await expect(firstResult(page, width)).toBeVisible();
}

/** The headers cut by the scroller's right edge (their right beyond what it shows), by name. */
async function cutColumns(page: Page): Promise<string[]> {
  return scroller(page).evaluate((element) => {
    const edge = element.getBoundingClientRect().left + element.clientWidth;
    return [...element.querySelectorAll("thead th")].filter((th) => th.getBoundingClientRect().right > edge + 1).map((th) => th.textContent ?? "");
  });
}

for (const width of WIDTHS) {
  test(`at ${width} px, every results column is on screen and the table scrolls only down`, async ({ page }) => {
    await openResults(page, width);
    await expect.poll(() => cutColumns(page)).toEqual([]);
    expect(await scroller(page).evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(1);
    // The page itself does not scroll sideways either.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
}

test("a column resized with the arrow keys or by dragging keeps its width after a reload; a double-click fits it again", async ({ page }) => {
  await openResults(page, 1440);
  const subject = page.getByRole("separator", { name: "Resize Subject" });
  const before = Number(await subject.getAttribute("aria-valuenow"));
  await subject.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(subject).toHaveAttribute("aria-valuenow", String(before + 32));
  const subjectHeader = page.getByRole("columnheader", { name: "Subject" });
  await expect.poll(async () => Math.round((await subjectHeader.boundingBox())?.width ?? 0)).toBe(before + 32);

  const sender = page.getByRole("separator", { name: "Resize Sender" });
  const senderBefore = Number(await sender.getAttribute("aria-valuenow"));
  const box = await sender.boundingBox();
  if (!box) throw new Error("no resize handle for Sender");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(sender).toHaveAttribute("aria-valuenow", String(senderBefore + 30));

  await page.reload();
  await expect(bodyRows(page).first()).toBeVisible();
  await expect(subject).toHaveAttribute("aria-valuenow", String(before + 32));
  await expect(sender).toHaveAttribute("aria-valuenow", String(senderBefore + 30));
  await expect.poll(() => cutColumns(page)).toEqual([]);

  await subject.dblclick();
  await expect(subject).not.toHaveAttribute("aria-valuenow", String(before + 32));
  await page.getByRole("button", { name: "Columns", exact: true }).click();
  await page.getByRole("button", { name: "Reset columns" }).click();
  await expect(sender).not.toHaveAttribute("aria-valuenow", String(senderBefore + 30));
  expect(await page.evaluate(() => localStorage.getItem("email-triage:column-widths:v1"))).toBeNull();
  await expect.poll(() => cutColumns(page)).toEqual([]);
});

test("screenshots of the results and a message page at 390, 1280, 1440 and 1920 px, light and dark", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const width of [390, ...WIDTHS]) {
      await openResults(page, width);
      await page.screenshot({ path: testInfo.outputPath(`results-${width}-${colorScheme}.png`) });
      const id = await firstResult(page, width).getAttribute("data-row-id");
      await page.goto(`/messages/${encodeURIComponent(id ?? "")}`);
      await expect(page.getByTestId("message-subject")).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`message-${width}-${colorScheme}.png`), fullPage: true });
    }
  }
  const shots = readdirSync(testInfo.outputDir).filter((name) => name.endsWith(".png"));
  expect(shots).toHaveLength(2 * 2 * 4);
  for (const name of shots) expect(statSync(testInfo.outputPath(name)).size).toBeGreaterThan(10_000);
});

/** Elements that reach past the viewport's sides, other than inside something that scrolls or clips them. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(parent).overflowX)) return true;
      }
      return false;
    };
    return [...document.body.querySelectorAll("*")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 1 || box.left < -1) && !clipped(element);
      })
      .slice(0, 10)
      .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}.${[...element.classList].slice(0, 3).join(".")}: ${(element.textContent ?? "").trim().slice(0, 40)}`);
  });
}

test("at 390 px, nothing on the results or a message page reaches past the screen's sides", async ({ page }) => {
  await openResults(page, 390);
  expect(await overflowing(page)).toEqual([]);
  const id = await firstResult(page, 390).getAttribute("data-row-id");
  await page.goto(`/messages/${encodeURIComponent(id ?? "")}`);
  await expect(page.getByTestId("message-subject")).toBeVisible();
  expect(await overflowing(page)).toEqual([]);
});
