import { expect, test } from "../support/test";
import { fixedWindow } from "../support/walk-api";

// Demo mode acts on its embedded emulator, with the requests kept in the embedded engine: a message
// moved from its page shows it moved, and the same request sent again is answered, not acted on twice.

test("the demo moves a message from its page, on its emulator, once per request", async ({ page, request }) => {
  const { start, end } = fixedWindow(30);
  const listed = await request.get(`/api/messages?start=${start}&end=${end}&per_page=1000`);
  const messages = ((await listed.json()) as { messages: { id: string; delivery_status: string[] | null; to: string[] }[] }).messages;
  const offset = 400 + 50 * test.info().retry;
  const message = messages.slice(offset).find((one) => (one.delivery_status ?? []).join() === "delivered" && one.to.length === 1);
  if (!message) throw new Error("the demo has no delivered message to move");

  await page.goto(`/messages/${encodeURIComponent(message.id)}`);
  const panel = page.getByRole("region", { name: "Act on this message" });
  await panel.getByLabel("Move to").selectOption("JunkEmail");
  await panel.getByRole("button", { name: "Move…" }).click();
  await panel.getByRole("button", { name: "Confirm the move (1 recipient)" }).click();
  await expect(panel.getByRole("status").first()).toHaveText("Moved to Junk Email for 1 of 1 recipient.");
  await expect(page.locator("dt", { hasText: "Delivery status" }).locator("xpath=following-sibling::dd")).toHaveText("moved");

  const body = { requestId: `demo-once-${test.info().retry}-${Date.now()}`, destination: "Inbox" };
  const first = await request.post(`/api/messages/${encodeURIComponent(message.id)}/move`, { data: body });
  expect(first.status()).toBe(200);
  expect(await first.json()).toMatchObject({ repeated: false });
  const again = await request.post(`/api/messages/${encodeURIComponent(message.id)}/move`, { data: body });
  expect(await again.json()).toMatchObject({ repeated: true, results: [{ success: true, destination: "Inbox" }] });
});
