import { HOSTILE_MESSAGE_IDS } from "@/lib/emulator/hostile-messages";
import { detailPath, expect, test } from "./fixtures";

// Attacker-written text everywhere: only Cloudflare's <b> becomes markup; everything else shows as the
// characters it is and runs nothing (the guard fails the test on any dialog); links are never live.

const markup = HOSTILE_MESSAGE_IDS.markup;

test("a detection reason's <b> shows bold; script, image and anchor show literally and run nothing", async ({ page }) => {
  await page.goto(detailPath(markup));
  const reasons = page.locator('section[aria-labelledby="reasons"]');
  await expect(reasons.locator("b", { hasText: "body" })).toBeVisible();
  expect(await reasons.locator("b", { hasText: "body" }).evaluate((element) => getComputedStyle(element).fontWeight)).toBe("700");
  // Defanged like all mail text: the javascript: scheme, and document.cookie, which reads as a host name
  // (a harmless false positive).
  await expect(reasons.getByText("<script>alert(document[.]cookie)</script>", { exact: true })).toBeVisible();
  await expect(reasons.getByText('Link to <a href="javascript[:]alert(1)">click here</a> found in', { exact: false })).toBeVisible();
  await expect(reasons.getByText("<svg onload=alert(1)>", { exact: false })).toBeVisible();
  // The subject and sender name hold a script and an image with a handler: text, not elements.
  await expect(page.getByTestId("message-subject")).toContainText("<script>alert(1)</script> Invoice #4471 overdue <img src=x onerror=alert(1)>");
  await expect(page.locator('section[aria-labelledby="envelope"]').getByText("<img src=x onerror=alert(1)>Microsoft", { exact: true })).toBeVisible();
  await expect(page.getByTestId("from-to").getByText("<img src=x onerror=alert(1)>Microsoft", { exact: true })).toBeVisible();
  expect(await page.locator("main img[src='x'], main svg[onload], main script, main a[href^='javascript']").count()).toBe(0);
  // Hover the attribute-carrying <b> reason, in case a handler had survived.
  await reasons.getByText("contains markup", { exact: false }).hover();
});

test("the raw source of a message full of markup shows it as text, and runs none of it", async ({ page }) => {
  await page.goto(detailPath(markup));
  await page.getByText("Raw source, as text").click();
  const raw = page.getByTestId("raw-source");
  await expect(raw).toContainText("<script>alert(1)</script>");
  expect(await page.locator("main script, main img[src='x'], main svg[onload], main iframe").count()).toBe(0);
});

test("links are defanged and not clickable", async ({ page }) => {
  await page.goto(detailPath(markup));
  const links = page.getByTestId("link");
  await expect(links.filter({ hasText: "hxxps://micros0ft-support[.]com/login" })).toBeVisible();
  await expect(links.filter({ hasText: "javascript[:]alert(1)" })).toBeVisible();
  // Nothing leads where the mail points: every anchor stays on the dashboard, and those beside a mail
  // link are the dashboard's own search for its domain.
  const hrefs = await page.locator("main a[href]").evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
  expect(hrefs.filter((href) => !/^\/(?![/\\])/.test(href))).toEqual([]);
  const besideLinks = await links.locator("a").evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
  expect(besideLinks.length).toBeGreaterThan(0);
  for (const href of besideLinks) expect(href).toMatch(/^\/messages\?domain=[^&]+&range=30d&detections_only=false$/);
});

test("a message with every optional field null still renders", async ({ page }) => {
  await page.goto(detailPath(HOSTILE_MESSAGE_IDS.allNulls));
  await expect(page.getByTestId("message-subject")).toHaveText("(no subject)");
  await expect(page.getByTestId("auth-explanation")).toHaveText(/^Nothing was checked/);
});

test("values outside every known enumeration show as themselves", async ({ page }) => {
  await page.goto(detailPath(HOSTILE_MESSAGE_IDS.unknownEnums));
  await expect(page.getByTestId("disposition")).toHaveText("QUARANTINED-HOLD");
  await expect(page.locator('[data-check="DKIM"]')).toHaveText("DKIM temperror");
  await expect(page.getByText("SECURE_HOLD", { exact: true })).toBeVisible();
});

// Bidi controls, zero-width characters and other invisible ones: what the text of the page may not hold raw.
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;
const bidi = HOSTILE_MESSAGE_IDS.bidi;

test("hidden and direction-changing characters show as marked code points, with a warning naming where", async ({ page }) => {
  await page.goto(detailPath(bidi));
  const warning = page.getByTestId("hidden-characters");
  await expect(warning).toContainText("hidden or direction-changing characters");
  for (const field of ["subject", "sender name", "detection reason", "finding", "attachment name"]) await expect(warning).toContainText(field);

  const subject = page.getByTestId("message-subject");
  await expect(subject).toContainText("Payment⟨U+200B⟩ receipt ⟨U+202E⟩fdp.exe⟨U+202C⟩");
  await expect(subject.locator('[data-hidden-char="U+202E"]')).toHaveAttribute("aria-label", /right-to-left override/);
  await expect(page.getByTestId("attachment").first()).toContainText("invoice⟨U+202E⟩fdp.exe");
  await expect(page.locator('section[aria-labelledby="reasons"]')).toContainText("invoice⟨U+202E⟩fdp.exe");
  await expect(page.getByTestId("finding").first()).toContainText("Hidden⟨U+200B⟩ extension");
  await expect(page.locator('section[aria-labelledby="envelope"]')).toContainText("Pay⟨U+200B⟩Pal⟨U+200D⟩ Support");
  // Not one raw hidden character anywhere in the page's text, and each name is isolated from its badge.
  expect(await page.locator("main").evaluate((main) => main.textContent ?? "")).not.toMatch(HIDDEN);
  await expect(page.getByTestId("attachment").first().locator("p > bdi")).toHaveText("invoice⟨U+202E⟩fdp.exe");
});

test("no URL or host from mail is live in the page's text, findings included", async ({ page }) => {
  for (const id of [bidi, markup]) {
    await page.goto(detailPath(id));
    await expect(page.getByTestId("finding").first()).toBeVisible();
    const text = await page.locator("main").evaluate((main) => main.textContent ?? "");
    expect(text).not.toMatch(/\bhttps?:\/\//i);
    expect(text).not.toMatch(/paypa1-billing\.net|micros0ft-support\.com/);
  }
  await page.goto(detailPath(bidi));
  await expect(page.getByTestId("finding").first()).toContainText("hxxps://paypa1-billing[.]net/dl/invoice⟨U+202E⟩fdp.exe");
});

test("copy buttons and copy as ticket give the defanged, visible form", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(detailPath(bidi));
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  await page.getByRole("button", { name: "Copy as ticket", exact: true }).click();
  await expect.poll(clipboard).toContain("Subject: Payment[U+200B] receipt [U+202E]fdp.exe");
  const ticket = await clipboard();
  expect(ticket).not.toMatch(HIDDEN);
  expect(ticket).toContain("From: Pay[U+200B]Pal[U+200D] Support <service@paypa1-billing[.]net>");

  await page.getByRole("button", { name: "Copy link", exact: true }).click();
  await expect.poll(clipboard).toBe("hxxps://paypa1-billing[.]net/pay");
  await page.getByRole("button", { name: "Copy sender address", exact: true }).click();
  await expect.poll(clipboard).toBe("service@paypa1-billing[.]net");
});
