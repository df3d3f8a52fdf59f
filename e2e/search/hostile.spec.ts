import { HOSTILE_MESSAGE_IDS } from "@/lib/emulator/hostile-messages";
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

test("hidden and direction-changing characters in a row show as code points behind a warning sign", async ({ page, request }) => {
  const response = await request.get(`/api/messages/${HOSTILE_MESSAGE_IDS.bidi}`);
  expect(response.status()).toBe(200);
  const message = (await response.json()) as { id: string; alert_id: string | null; subject: string };
  expect(message.subject).toContain("\u202E");
  await page.goto(`/messages?alert_id=${encodeURIComponent(message.alert_id ?? "")}`);
  const row = page.locator(`tr[data-row-id="${message.id}"]`);
  await expect(row).toBeVisible();
  const subject = row.getByRole("link");
  await expect(subject).toContainText("Payment⟨U+200B⟩ receipt ⟨U+202E⟩fdp.exe⟨U+202C⟩");
  await expect(subject.locator("[data-hidden-warning]")).toHaveCount(1);
  await expect(row).toContainText("Pay⟨U+200B⟩Pal⟨U+200D⟩ Support");
  expect(await row.evaluate((element) => element.textContent ?? "")).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/);
  // The hover title is the whole value in plain text, hidden characters written out; the address defanged.
  await expect(row.locator("td[title^='Payment[U+200B] receipt [U+202E]fdp.exe[U+202C]']")).toHaveCount(1);
  await expect(row).toContainText("service@paypa1-billing[.]net");
  await expect(row).not.toContainText("paypa1-billing.net");
});
