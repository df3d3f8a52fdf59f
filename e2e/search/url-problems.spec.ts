import { expect, test } from "./fixtures";

// A link whose search the page does not fully understand is never run as some other search: the page
// names each part it did not understand and why, keeps the user's text in the form, and waits for the
// user to fix it or to search without those parts.

const LONG_QUERY = "invoice ".repeat(375); // 3,000 characters

const CASES = [
  { label: "a disposition the filter does not take", param: "final_disposition", value: "MALICIOUS-BEC", reason: /search filter accepts only MALICIOUS, SUSPICIOUS, SPOOF, SPAM, BULK and NONE/ },
  { label: "a start that is not a date", param: "start", value: "garbage", reason: /ISO 8601 date-time/ },
  { label: "a quick range the page does not offer", param: "range", value: "90d", reason: /1h, 24h, 7d or 30d/ },
  { label: "a page size of 0", param: "per_page", value: "0", reason: /at least 1/ },
  { label: "a 3,000-character query", param: "query", value: LONG_QUERY, reason: /at most 1000 characters/ },
] as const;

for (const { label, param, value, reason } of CASES) {
  test(`${label} is named in the page, and no other search runs in its place`, async ({ page }) => {
    const searches: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === "/api/messages") searches.push(request.url());
    });
    await page.goto(`/messages?${new URLSearchParams({ [param]: value, detections_only: "false" }).toString()}`);
    const form = page.getByRole("search", { name: "Search messages" });
    await expect(form).toHaveAttribute("data-hydrated", "true");

    const notice = page.getByRole("main").getByRole("alert");
    await expect(notice).toContainText("not run");
    const problem = notice.getByRole("listitem").filter({ hasText: param });
    await expect(problem).toContainText(param);
    await expect(problem).toContainText(value.length > 60 ? value.slice(0, 20) : value);
    await expect(problem).toContainText(reason);
    // What was understood stays in the form.
    await expect(form.getByRole("radio", { name: "All mail" })).toBeChecked();
    expect(searches, "no search ran while the link was not understood").toEqual([]);

    const ran = page.waitForRequest((request) => new URL(request.url()).pathname === "/api/messages");
    await notice.getByRole("button", { name: "Search without these parts" }).click();
    const sent = new URL((await ran).url()).searchParams;
    expect(sent.get("detections_only")).toBe("false");
    if (param === "per_page") expect(sent.get("per_page")).toBe("100");
    else expect(sent.has(param)).toBe(false);
    expect(new URL(page.url()).searchParams.has(param)).toBe(false);
    await expect(notice).toHaveCount(0);
  });
}

test("a too-long query stays in the search box, marked invalid with its limit", async ({ page }) => {
  await page.goto(`/messages?query=${encodeURIComponent(LONG_QUERY)}`);
  const box = page.getByRole("search").getByLabel("Search", { exact: true });
  await expect(box).toHaveValue(LONG_QUERY);
  await expect(box).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("search").getByText("Use at most 1000 characters.")).toBeVisible();
});

test("a page size of 0 stays in its field, marked invalid", async ({ page }) => {
  await page.goto("/messages?per_page=0");
  const field = page.getByRole("search").getByLabel("Rows per request");
  await expect(field).toHaveValue("0");
  await expect(field).toHaveAttribute("aria-invalid", "true");
});

test("a disposition the filter cannot take is named beside the disposition chips", async ({ page }) => {
  await page.goto("/messages?final_disposition=MALICIOUS-BEC");
  await expect(page.getByRole("search").getByText(/MALICIOUS-BEC is a disposition Cloudflare reports/)).toBeVisible();
});

test("an unknown or repeated parameter is named too", async ({ page }) => {
  await page.goto("/messages?disposition=SPAM&query=a&query=b");
  const notice = page.getByRole("main").getByRole("alert");
  await expect(notice.getByRole("listitem").filter({ hasText: "disposition" })).toContainText(/not a search field/i);
  await expect(notice.getByRole("listitem").filter({ hasText: "query" })).toContainText(/2 times/);
});
