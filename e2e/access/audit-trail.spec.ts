import { expect, test } from "../support/test";
import { apiErrorBodySchema } from "@/lib/http/error-shape";
import { E2E } from "../support/env";

// The audit trail is kept in the database, and managers read it: filtered by who, what, outcome and
// when, page by page, and exported as CSV with the same filter. Analysts are refused.

test.describe("as a manager", () => {
  test.use({ storageState: E2E.storageState.manager });

  test("the trail lists what the analyst did, filtered by who and what, and exports it as CSV", async ({ page, playwright }) => {
    const analyst = await playwright.request.newContext({ baseURL: E2E.appUrl, storageState: E2E.storageState.analyst });
    const marker = `audit-marker-${Date.now()}`;
    expect((await analyst.get(`/api/messages?per_page=1&query=${marker}`)).status()).toBe(200);
    await analyst.dispose();

    await page.goto("/audit");
    await page.getByLabel("Who").fill(E2E.users.analyst.name);
    await page.getByLabel("What").selectOption("search");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/who=e2e-analyst&event=search/);
    // Written to the table a moment after the request: the page shows it on a reload at the latest.
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole("row", { name: new RegExp(marker) })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
    const rows = page.getByRole("row");
    for (const row of (await rows.all()).slice(1)) await expect(row).toContainText("credentials:e2e-analyst");

    const download = await page.request.get(`/api/audit?who=e2e-analyst&event=search&format=csv`);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toContain("text/csv");
    const csv = await download.text();
    expect(csv.split("\r\n")[0]).toBe("id,time,event,outcome,who,role,what,status,detail");
    expect(csv).toContain(marker);
  });

  test("a filter the trail does not know is refused, naming the field", async ({ request, page }) => {
    const response = await request.get("/api/audit?event=everything&from=yesterday&colour=red");
    expect(response.status()).toBe(400);
    const body = apiErrorBodySchema.parse(await response.json());
    expect(Object.keys(body.error.fields ?? {}).sort()).toEqual(["colour", "event", "from"]);
    await page.goto("/audit?event=everything");
    await expect(page.getByText(/must be one of/)).toBeVisible();
  });
});

test.describe("as an analyst", () => {
  test.use({ storageState: E2E.storageState.analyst });

  test("the trail is refused, on the API and on the page", async ({ request, page }) => {
    const response = await request.get("/api/audit");
    expect(response.status()).toBe(403);
    expect(apiErrorBodySchema.parse(await response.json()).error.requiredRole).toBe("manager");
    await page.goto("/audit");
    await expect(page.getByRole("alert").filter({ hasText: "for managers" })).toBeVisible();
  });
});
