import { expect, test, walkApi } from "./fixtures";

// Subjects and names come from attackers. They must show as the characters they are and run nothing;
// the guard fixture fails the test on any dialog (alert(1)) or page error.

test("hostile subjects and names appear as literal text and run nothing", async ({ page, request }) => {
  await page.addInitScript(() => {
    // A payload that ran would have to get past this too: any <img> or <script> added to the results.
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof Element && node.closest("tbody") && node.matches("img, script, iframe, [onerror]")) document.title = "PWNED";
    }).observe(document, { childList: true, subtree: true });
  });
  for (const query of ["script", "onerror"]) {
    const [hostile] = await walkApi(request, `query=${query}&per_page=10`, 1);
    expect(hostile?.subject).toContain("<script>alert(1)</script>");
    expect(hostile?.from_name).toContain("<img src=x onerror=alert(1)>");

    await page.goto(`/messages?query=${query}`);
    const row = page.locator(`tr[data-row-id="${hostile?.id}"]`);
    await expect(row).toBeVisible();
    await expect(row.getByRole("link")).toHaveText(hostile?.subject ?? "");
    await expect(row.getByText(hostile?.from_name ?? "", { exact: true })).toBeVisible();
    // Cut with an ellipsis in the table, the whole value on hover.
    await expect(row.locator(`[title="${(hostile?.subject ?? "").replaceAll('"', '\\"')}"]`)).toHaveCount(1);
    expect(await page.locator("tbody script, tbody img, tbody [onerror]").count()).toBe(0);
  }
  await page.waitForTimeout(300); // give an injected handler the chance to fire
  await expect(page).not.toHaveTitle("PWNED");
});
