import type { APIRequestContext } from "@playwright/test";
import { detectionsSchemaOut } from "@/lib/investigate/detections";
import { addFault } from "../support/emulator";
import { allMessages, detailPath, expect, findMessage, test, type ListedMessage } from "./fixtures";

// Findings come from …/detections since the embedded field ended (2026-11-01), with the embedded field
// as the fallback when detections fail; a detections outage costs only what it carries.

async function detectionsOf(request: APIRequestContext, message: ListedMessage) {
  const response = await request.get(`/api/messages/${encodeURIComponent(message.id)}/detections`);
  expect(response.status()).toBe(200);
  return detectionsSchemaOut.parse(await response.json());
}

test("findings come from the detections endpoint", async ({ page, request }) => {
  // A message whose embedded field is gone but whose detections carry findings: only /detections has them.
  const pool = (await allMessages(request)).filter((m) => m.findings.length === 0 && m.detection_reasons.length > 0).slice(0, 40);
  let chosen: { message: ListedMessage; names: string[] } | null = null;
  for (const message of pool) {
    const detections = await detectionsOf(request, message);
    if (detections.findings.length > 0) {
      chosen = { message, names: detections.findings.map((finding) => finding.name ?? "") };
      break;
    }
  }
  if (!chosen) throw new Error("The emulator has no message with findings only in /detections");
  await page.goto(detailPath(chosen.message.id));
  await expect(page.getByTestId("findings-source")).toHaveAttribute("data-source", "detections");
  await expect(page.getByTestId("finding")).toHaveCount(chosen.names.length);
  for (const name of chosen.names.filter(Boolean)) await expect(page.getByTestId("finding").filter({ hasText: name }).first()).toBeVisible();
});

test("findings fall back to the embedded field when detections fail, and the page says what is missing", async ({ page, request }) => {
  // The last such message, so the fault (which stays for the emulator's life) touches no other test's.
  const message = await findMessage(request, "with embedded findings", (m) => m.findings.length > 0 && Boolean(m.subject), { last: true });
  await addFault(request, { match: `${message.postfix_id}/detections`, serverError: { status: 503 } });
  await page.goto(detailPath(message.postfix_id));
  await expect(page.getByTestId("missing-parts")).toContainText("missing: detections");
  await expect(page.getByTestId("findings-source")).toHaveAttribute("data-source", "embedded");
  await expect(page.getByTestId("finding")).toHaveCount(message.findings.length);
  // The rest of the page works: header, authentication, the action log and the trace.
  await expect(page.getByTestId("message-subject")).toHaveText(message.subject ?? "");
  await expect(page.getByTestId("auth-explanation")).not.toBeEmpty();
  await expect(page.getByRole("heading", { name: "Trace" })).toBeVisible();
  await expect(page.getByText("Cloudflare’s detections did not answer")).toBeVisible();
  await page.getByRole("button", { name: "Copy postfix id" }).click();
});

test("findings are sorted by score, highest first", async ({ page, request }) => {
  const message = await findMessage(request, "with several scored findings", (m) => m.findings.filter((f) => f.score !== null).length >= 2);
  await page.goto(detailPath(message.id));
  const scores = (await page.getByTestId("finding").locator("td:last-child").allTextContents()).map(Number).filter((n) => !Number.isNaN(n));
  expect(scores.length).toBeGreaterThanOrEqual(2);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
});

test("links, attachments with hashes, headers and sender info are shown", async ({ page, request }) => {
  const pool = (await allMessages(request)).filter((m) => m.final_disposition === "MALICIOUS").slice(0, 60);
  for (const message of pool) {
    const detections = await detectionsOf(request, message);
    const attachment = detections.attachments.find((a) => a.sha256);
    if (!attachment || detections.links.length === 0 || !detections.sender_info?.ip) continue;
    await page.goto(detailPath(message.id));
    await expect(page.getByTestId("attachment").filter({ hasText: attachment.sha256 ?? "" })).toBeVisible();
    await expect(page.getByTestId("link")).toHaveCount(detections.links.length);
    await expect(page.locator('section[aria-labelledby="detections"]').getByText(detections.sender_info.ip, { exact: true })).toBeVisible();
    await expect(page.getByText("Authentication-Results:", { exact: true })).toBeVisible();
    return;
  }
  throw new Error("The emulator has no malicious message with an attachment hash, links and a sender IP");
});
