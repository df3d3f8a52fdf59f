import { bodyRows, expect, fixedWindow, footer, scroller, test, walkApi } from "./fixtures";

// The search page gives the screen to the rows: the form is one bar, the list scrolls inside its own
// scroller while the page stays put; identical messages can be grouped; a phone gets cards.

test("at 1440×900 the first row is in the top third, and only the results scroll", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const { start, end } = fixedWindow(7);
  await page.goto(`/messages?start=${start}&end=${end}`);
  await expect(bodyRows(page).first()).toBeVisible();
  expect((await bodyRows(page).first().boundingBox())?.y ?? Infinity).toBeLessThanOrEqual(300);
  // One scroll container: the page is no taller than the screen, and the scroller reaches its bottom.
  expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(0);
  const box = await scroller(page).boundingBox();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeGreaterThan(850);
  expect(await scroller(page).evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
  // The end of the list is read at the end of the scroller. A scroll to the end may fetch the next page,
  // which moves the end further down: scroll again until the footer stays in sight.
  await expect(async () => {
    await scroller(page).evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect(footer(page)).toBeInViewport({ timeout: 1000 });
  }).toPass();
});

test("grouping identical messages shows a campaign once with its count, and the choice is kept", async ({ page, request }) => {
  const { start, end } = fixedWindow(7);
  const window = `start=${start}&end=${end}`;
  const firstPage = await walkApi(request, window, 3);
  const seen = new Map<string, number>();
  for (const message of firstPage) seen.set(`${message.from}\u0000${message.subject}`, (seen.get(`${message.from}\u0000${message.subject}`) ?? 0) + 1);
  const [campaign] = [...seen.entries()].find(([, count]) => count >= 2) ?? [];
  if (!campaign) throw new Error("the emulator's first pages hold no two identical messages");
  const [from = "", subject = ""] = campaign.split("\u0000");
  const query = `${window}&sender=${encodeURIComponent(from)}&exact_subject=${encodeURIComponent(subject)}`;
  const copies = (await walkApi(request, query)).filter((message) => message.from === from && message.subject === subject).length;
  expect(copies).toBeGreaterThanOrEqual(2);

  await page.goto(`/messages?${query}`);
  await expect(footer(page)).toHaveText(`End of results: ${copies} messages.`);
  await expect.poll(() => bodyRows(page).count()).toBeGreaterThan(1);
  await page.getByRole("checkbox", { name: "Group identical" }).check();
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(bodyRows(page).first().locator("[data-copies]")).toHaveText(`${copies} identical messages:×`);
  await page.reload();
  await expect(bodyRows(page)).toHaveCount(1);
  await page.getByRole("checkbox", { name: "Group identical" }).uncheck();
  await expect.poll(() => bodyRows(page).count()).toBeGreaterThan(1);
  await expect(bodyRows(page).locator("[data-copies]")).toHaveCount(0);
});

test("on a phone the results are cards of subject, sender, time and disposition, loading more as the page scrolls", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const { start, end } = fixedWindow(7);
  await page.goto(`/messages?start=${start}&end=${end}`);
  const cards = page.getByTestId("result-cards").getByRole("listitem");
  await expect(cards.first()).toBeVisible();
  await expect(page.locator("table")).toHaveCount(0);
  const card = cards.first();
  const link = card.getByRole("link");
  await expect(link).toHaveAttribute("href", /^\/messages\/[^?]+\?start=/);
  await expect(card.locator("time")).toBeVisible();
  await expect(card).toContainText(/MALICIOUS|SUSPICIOUS|SPOOF|SPAM|BULK|NONE/);
  // The filters fold under one button, so the first cards are on the first screen.
  await expect(card).toBeInViewport();
  await expect(page.getByRole("combobox", { name: "Time range" })).toBeHidden();
  await page.getByRole("button", { name: "Filters" }).click();
  await expect(page.getByRole("combobox", { name: "Time range" })).toBeVisible();
  await expect(page.getByRole("button", { name: "MALICIOUS", exact: true })).toBeVisible();
  const cardBox = await card.boundingBox();
  expect((cardBox?.x ?? -1) >= 0 && (cardBox?.x ?? 0) + (cardBox?.width ?? 0) <= 390).toBe(true);

  await expect(footer(page)).toHaveText(/^100 messages loaded/);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(footer(page)).toHaveText(/^[2-9]00 messages loaded/);
});
