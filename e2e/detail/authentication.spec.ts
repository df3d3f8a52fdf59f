import { detailPath, expect, findMessage, test } from "./fixtures";
import { defangText } from "@/lib/investigate/defang";

// SPF, DKIM and DMARC: one badge each whose text says the outcome, and a sentence for the combination.

const OUTCOMES = ["pass", "fail", "neutral", "error", "none"] as const;
const CHECKS = [
  ["SPF", "spf"],
  ["DKIM", "dkim"],
  ["DMARC", "dmarc"],
] as const;

for (const outcome of OUTCOMES) {
  test(`a check that came out "${outcome}" shows a badge saying so`, async ({ page, request }) => {
    const message = await findMessage(request, `with a check that is ${outcome}`, (m) => CHECKS.some(([, key]) => m.validation[key] === outcome));
    const [label, key] = CHECKS.find(([, check]) => message.validation[check] === outcome) ?? CHECKS[0];
    await page.goto(detailPath(message.id));
    const badge = page.locator(`[data-check="${label}"]`);
    await expect(badge).toHaveText(`${label} ${outcome}`);
    expect(message.validation[key]).toBe(outcome);
  });
}

test("DMARC failing although DKIM passed is explained in words", async ({ page, request }) => {
  const message = await findMessage(request, "DKIM pass with DMARC fail", (m) => m.validation.dkim === "pass" && m.validation.dmarc === "fail");
  await page.goto(detailPath(message.id));
  await expect(page.getByTestId("auth-explanation")).toHaveText(/^DMARC failed although (SPF and )?DKIM passed: .*another domain than the one in From/);
  // Cloudflare's comment names the mail's domains, which the page shows defanged like all mail text.
  if (message.validation.comment) await expect(page.getByText(defangText(message.validation.comment), { exact: true })).toBeVisible();
});

test("a message that passed everything says so in words", async ({ page, request }) => {
  const message = await findMessage(request, "all-pass", (m) => m.validation.spf === "pass" && m.validation.dkim === "pass" && m.validation.dmarc === "pass");
  await page.goto(detailPath(message.id));
  await expect(page.getByTestId("auth-explanation")).toHaveText(/^All three checks passed/);
  for (const [label] of CHECKS) await expect(page.locator(`[data-check="${label}"]`)).toHaveText(`${label} pass`);
});
