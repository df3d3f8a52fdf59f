import { HOSTILE_MESSAGE_IDS } from "@/lib/emulator/hostile-messages";
import { ACME_LOOKALIKES } from "@/lib/emulator/data/organisations";
import type { AnomalyKind } from "@/lib/investigate/anomalies";
import type { Locator, Page } from "@playwright/test";
import { allMessages, detailPath, expect, findMessage, test, type ListedMessage } from "./fixtures";

// The top of a message page, in the order of the judgement: who sent it to whom, where it is now, and
// what stands out, each flag on an emulator message built to have it and none on ordinary mail.

const domainOf = (address: string | null | undefined) => address?.split("@").at(-1)?.toLowerCase() ?? "";
const flags = (page: Page) => page.getByTestId("anomaly");

const CASES: { kind: AnomalyKind; what: string; accept: (m: ListedMessage) => boolean; evidence: (m: ListedMessage) => string }[] = [
  {
    kind: "reply-to",
    what: "a BEC whose replies go to free mail",
    accept: (m) => m.final_disposition === "MALICIOUS-BEC" && Boolean(m.replyto?.includes(".private@")) && domainOf(m.replyto) !== domainOf(m.from),
    // Evidence is free text: defanged as text is, the hosts' dots bracketed.
    evidence: (m) => `@${domainOf(m.replyto).replaceAll(".", "[.]")}, From `,
  },
  {
    kind: "brand-name",
    what: "named PayPal, sent from a domain that is not PayPal's",
    accept: (m) => m.from_name === "PayPal" && domainOf(m.from) === "paypa1-billing.net",
    evidence: () => '"PayPal" sent from paypa1-billing[.]net, not paypal[.]com',
  },
  {
    kind: "name-address",
    what: "a free-mail BEC whose display name carries the executive's address",
    accept: (m) => Boolean(m.from_name?.includes("@acme-corp.com")) && domainOf(m.from) !== "acme-corp.com",
    evidence: () => `@acme-corp[.]com>" sent from `,
  },
  {
    kind: "lookalike",
    what: "from a look-alike of Acme's own domain",
    accept: (m) => (ACME_LOOKALIKES as readonly string[]).includes(domainOf(m.from)) && (m.to ?? []).some((to) => domainOf(to) === "acme-corp.com"),
    evidence: (m) => `${domainOf(m.from).replaceAll(".", "[.]")} looks like acme-corp[.]com (the recipient's)`,
  },
  {
    kind: "new-domain",
    what: "from a domain Cloudflare says was registered days ago",
    accept: (m) => (m.detection_reasons ?? []).some((reason) => reason.includes("was registered")),
    evidence: () => "was registered",
  },
  {
    kind: "auth-fail",
    what: "failing DMARC",
    accept: (m) => m.validation.dmarc === "fail",
    evidence: () => "DMARC fail",
  },
];

for (const { kind, what, accept, evidence } of CASES) {
  test(`the "${kind}" flag shows, with its evidence, on a message ${what}`, async ({ page, request }) => {
    const message = await findMessage(request, what, accept);
    await page.goto(detailPath(message.id));
    const flag = flags(page).and(page.locator(`[data-kind="${kind}"]`));
    await expect(flag).toHaveCount(1);
    await expect(flag).toContainText(evidence(message));
  });
}

test('the "hidden-characters" flag names where they hide', async ({ page }) => {
  await page.goto(detailPath(HOSTILE_MESSAGE_IDS.bidi));
  await expect(flags(page).and(page.locator('[data-kind="hidden-characters"]'))).toContainText("In the subject, sender name");
});

test("ordinary mail from a brand's own domain, authenticated, shows no flag at all", async ({ page, request }) => {
  const message = await findMessage(
    request,
    "a GitHub notification that passes SPF, DKIM and DMARC",
    (m) => m.from === "notifications@github.com" && m.validation.spf === "pass" && m.validation.dkim === "pass" && m.validation.dmarc === "pass",
  );
  await page.goto(detailPath(message.id));
  await expect(page.getByTestId("message-state")).toBeVisible();
  await expect(page.getByRole("region", { name: "What stands out" })).toHaveCount(0);
  await expect(flags(page)).toHaveCount(0);
});

test("the header says who sent it to whom, and where it is now, before anything else", async ({ page, request }) => {
  const message = await findMessage(request, "quarantined, with a sender name and a recipient", (m) => m.is_quarantined && Boolean(m.from_name) && (m.to ?? []).length === 1 && !m.from_name?.includes("<"));
  await page.goto(detailPath(message.id));
  const fromTo = page.getByTestId("from-to");
  await expect(fromTo).toContainText(message.from_name ?? "");
  await expect(fromTo).toContainText((message.from ?? "").replaceAll(".", "[.]"));
  await expect(fromTo).toContainText(`(${domainOf(message.from).replaceAll(".", "[.]")})`);
  await expect(fromTo).toContainText((message.to?.[0] ?? "").replaceAll(".", "[.]"));
  await expect(page.getByTestId("message-state")).toContainText("Now: Quarantined");
  // Above the verdict's reasons, the triage and the body.
  const top = async (locator: Locator) => (await locator.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
  expect(await top(fromTo)).toBeLessThan(await top(page.locator('section[aria-labelledby="reasons"]')));
  expect(await top(page.locator('section[aria-labelledby="reasons"]'))).toBeLessThan(await top(page.getByRole("region", { name: "Triage" })));
  expect(await top(page.getByRole("region", { name: "Triage" }))).toBeLessThan(await top(page.locator('section[aria-labelledby="body"]')));
});

test("each indicator opens its search, and similar messages list the campaign", async ({ page, request }) => {
  const all = await allMessages(request);
  // Distinct ids: the walk of all mail repeats the detections of its days.
  const campaignSize = (m: ListedMessage) => new Set(all.filter((other) => other.from === m.from && other.subject === m.subject).map((other) => other.id)).size;
  const message = await findMessage(request, "one of a campaign (same sender and subject), with a HELO IP, a Message-ID and an alert id", (m) => Boolean(m.from && m.subject && m.smtp_helo_server_ip && m.message_id && m.alert_id && (m.to ?? []).length > 0) && campaignSize(m) >= 2);
  await page.goto(detailPath(message.id));
  const expectSearch = async (link: Locator, field: string, value: string) => {
    const href = new URL((await link.getAttribute("href")) ?? "", page.url());
    expect(href.pathname).toBe("/messages");
    expect(href.searchParams.get(field)).toBe(value);
    expect(href.searchParams.get("range")).toBe("30d");
    expect(href.searchParams.get("detections_only")).toBe("false");
  };
  const envelope = page.locator('section[aria-labelledby="envelope"]');
  const identity = page.locator('section[aria-labelledby="identity"]');
  await expectSearch(envelope.getByRole("link", { name: "Search for this sender address" }), "sender", message.from ?? "");
  await expectSearch(envelope.getByRole("link", { name: "Search for this recipient" }).first(), "recipient", message.to?.[0] ?? "");
  await expectSearch(envelope.getByRole("link", { name: "Search for this HELO server IP" }), "smtp_helo_ip", message.smtp_helo_server_ip ?? "");
  await expectSearch(identity.getByRole("link", { name: "Search for this Message-ID" }), "message_id", message.message_id ?? "");
  await expectSearch(identity.getByRole("link", { name: "Search for this alert id" }), "alert_id", message.alert_id ?? "");
  await expectSearch(page.getByTestId("from-to").getByRole("link"), "sender", domainOf(message.from));
  // Each pivot says where it goes, to the keyboard as to the mouse.
  await envelope.getByRole("link", { name: "Search for this HELO server IP" }).focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("tooltip")).toHaveText("Search the last 30 days for this HELO server IP");
  // Escape closes the hint only: the page stays.
  await page.keyboard.press("Escape");
  await expect(page.getByRole("tooltip")).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/messages/${encodeURIComponent(message.id).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));

  // The campaign: the search for the same sender and subject lists every message of it, this one among them.
  await page.getByTestId("similar").getByRole("link", { name: "same sender and subject" }).click();
  await expect(page).toHaveURL(/\/messages\?/);
  const rows = page.locator("tbody tr[data-row-id]");
  await expect(rows.first()).toBeVisible();
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
  expect(await rows.evaluateAll((list) => list.map((row) => row.getAttribute("data-row-id")))).toContain(message.id);

  // And the sender's own search finds only that sender.
  await page.goBack();
  await envelope.getByRole("link", { name: "Search for this sender address" }).click();
  await expect(rows.first()).toBeVisible();
  expect(await page.getByRole("main").getByRole("alert").count()).toBe(0);
});
