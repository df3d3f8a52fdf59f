import { bodyRows, expect, fixedWindow, footer, scroller, scrollToEnd, test, walkApi } from "./fixtures";

// Infinite scrolling over the API's cursor, virtualised.

test("scrolling loads page after page to the end, with no row duplicated or skipped", async ({ page, request }) => {
  const { start, end } = fixedWindow(7);
  const query = `start=${start}&end=${end}&per_page=100`;
  const expected = (await walkApi(request, query)).map((message) => message.id);
  expect(expected.length, "the search spans several pages").toBeGreaterThan(300);

  await page.goto(`/messages?${query}`);
  await expect(bodyRows(page).first()).toBeVisible();
  // Walk down a screen at a time in the page itself, recording which id sits at which row index, until
  // the footer says the results ended.
  const walked = await scroller(page).evaluate(async (element) => {
    const seen: Record<number, string> = {};
    const clashes: string[] = [];
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const deadline = Date.now() + 45_000;
    while (Date.now() < deadline) {
      for (const row of element.querySelectorAll("tbody tr[data-row-id]")) {
        const index = Number(row.getAttribute("aria-rowindex"));
        const id = row.getAttribute("data-row-id") ?? "";
        if (seen[index] !== undefined && seen[index] !== id) clashes.push(`row ${index}: ${seen[index]} then ${id}`);
        seen[index] = id;
      }
      const atBottom = element.scrollTop + element.clientHeight >= element.scrollHeight - 1;
      const ended = document.querySelector("[data-testid=results-footer]")?.textContent?.startsWith("End of results");
      if (atBottom && ended) break;
      element.scrollBy(0, element.clientHeight - 60);
      await frame();
      if (atBottom) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { seen, clashes };
  });
  expect(walked.clashes).toEqual([]);
  const seen = new Map(Object.entries(walked.seen).map(([index, id]) => [Number(index), id]));
  const ids = [...seen.entries()].sort(([a], [b]) => a - b).map(([, id]) => id);
  expect(ids.length).toBe(expected.length);
  expect(ids).toEqual(expected);
  expect(new Set(ids).size).toBe(ids.length);
  await expect(footer(page)).toHaveText(`End of results: ${expected.length.toLocaleString("en-US")} messages.`);
});

test("with 10,000 rows loaded fewer than 100 rows are in the DOM", async ({ page }) => {
  test.slow();
  await page.goto("/messages?detections_only=false&per_page=1000");
  // All mail over the default window is one of Cloudflare's slow searches (202 first).
  await expect(bodyRows(page).first()).toBeVisible({ timeout: 20_000 });
  await scrollToEnd(page, /^(10|11|12|13|14|15|16|17|18|19|20),\d{3} messages loaded/);
  const loaded = Number((await footer(page).textContent())?.split(" ")[0]?.replaceAll(",", ""));
  expect(loaded).toBeGreaterThanOrEqual(10_000);
  expect(await page.locator("tr").count()).toBeLessThan(100);
  await expect(page.locator("table")).toHaveAttribute("aria-rowcount", String(loaded + 1));
  // The rows in the DOM are the ones at the end, numbered among all loaded rows.
  const lastIndex = await bodyRows(page).last().getAttribute("aria-rowindex");
  expect(Number(lastIndex)).toBeGreaterThan(9_000);
});

test("a next page that fails says so in the footer, and its Retry (from the keyboard) loads it", async ({ page, guard }) => {
  guard.allow(/Failed to load resource: the server responded with a status of 502/);
  const { start, end } = fixedWindow(7);
  // Only the cursor's request fails: the first page loads, the next one does not.
  let failing = true;
  await page.route(/\/api\/messages\?.*cursor=/, (route) =>
    failing
      ? route.fulfill({ status: 502, contentType: "application/json", body: JSON.stringify({ error: { code: "upstream_failed", message: "Cloudflare did not answer." } }) })
      : route.fallback(),
  );
  await page.goto(`/messages?start=${start}&end=${end}&per_page=50`);
  await expect(bodyRows(page).first()).toBeVisible();
  await expect(async () => {
    await scroller(page).evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect(footer(page)).toHaveText(/failed/, { timeout: 500 });
  }).toPass({ timeout: 20_000, intervals: [100] });
  await expect(footer(page)).toHaveText("50 messages loaded; the next page failed to load.");
  await expect(footer(page)).not.toContainText("scroll for more");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Cloudflare did not answer.");

  failing = false;
  const retry = page.getByRole("main").getByRole("button", { name: "Retry" });
  await retry.focus();
  await expect(retry).toBeFocused();
  await page.keyboard.press("Enter");
  await expect.poll(async () => Number((await footer(page).textContent())?.match(/^[\d,]+/)?.[0]?.replaceAll(",", ""))).toBeGreaterThan(50);
  await expect(footer(page)).not.toContainText("failed");
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
});
