import { expect, test } from "../support/test";
import { resultPageSchema } from "@/lib/investigate/result-page";

// The dashboard with no credentials at all: the embedded emulator answers, and every page says so.

test("serves /api/messages from the embedded emulator", async ({ request }) => {
  const response = await request.get("/api/messages?per_page=10");
  expect(response.status()).toBe(200);
  const page = resultPageSchema.parse(await response.json());
  expect(page.messages).toHaveLength(10);
  expect(page.next).toEqual(expect.any(String));
});

test("the home page leads to the messages with the demo banner and no console error", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto("/");
  await expect(page).toHaveURL(/\/messages$/);
  await expect(page.getByRole("status").filter({ hasText: "Demo mode" })).toBeVisible();
  // The same words as the README's: the variables go in .env.local, copied from .env.example.
  await expect(page.getByRole("status").filter({ hasText: "Demo mode" })).toContainText("copy .env.example to .env.local");
  await expect(page.getByRole("row")).not.toHaveCount(0);
  expect(problems).toEqual([]);
});

// The routes and the pages are bundled apart; both must reach the one emulator of the process.
test("a message found by a search opens, over the results and from its own link", async ({ page }) => {
  await page.goto("/messages?detections_only=false");
  const firstRow = page.locator("tbody tr[data-row-id]").first();
  await expect(firstRow).toBeVisible();
  await firstRow.locator("a").first().click();
  await expect(page.getByTestId("message-overlay").getByTestId("message-subject")).toBeVisible();

  await page.reload();
  await expect(page.getByTestId("message-subject")).toBeVisible();
  await expect(page.getByRole("heading", { name: "No message with this id" })).toHaveCount(0);
});
