import type { Page } from "@playwright/test";
import { detailPath, expect, findMessage, test } from "./fixtures";

// The icons come from one sprite (public/icons.svg, components/ui/icon-sprite.ts): every icon a page
// draws names a symbol the sprite has, and the browser really draws it (the sprite is served and the
// Content-Security-Policy lets it in).

async function expectIconsDrawn(page: Page, sprite: string): Promise<void> {
  const uses = page.locator("svg > use");
  await expect(uses.first()).toBeAttached();
  const hrefs = await uses.evaluateAll((list) => list.map((use) => use.getAttribute("href") ?? ""));
  for (const href of hrefs) {
    const [file, id] = href.split("#");
    expect(file).toBe("/icons.svg");
    expect(sprite).toContain(`<symbol id="${id}"`);
  }
  // A symbol from a sprite that failed to load (or was refused) draws nothing: no box at all.
  await expect.poll(() => uses.first().evaluate((use) => (use as SVGUseElement).getBBox().width)).toBeGreaterThan(0);
}

test("the search page and a message page draw their icons from the one sprite", async ({ page, request }) => {
  const answer = await request.get("/icons.svg");
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
  const sprite = await answer.text();

  await page.goto("/messages?range=7d");
  await expect(page.getByRole("button", { name: "Search", exact: true }).locator("svg")).toBeVisible();
  await expectIconsDrawn(page, sprite);

  const message = await findMessage(request, "with anomalies or not, any", () => true);
  await page.goto(detailPath(message.id));
  await expect(page.getByRole("button", { name: /^Copy / }).first().locator("svg")).toBeVisible();
  await expectIconsDrawn(page, sprite);
});
