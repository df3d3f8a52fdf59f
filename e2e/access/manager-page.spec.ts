import { expect, test } from "../support/test";
import { resultPageSchema } from "@/lib/investigate/result-page";
import { emulatorRequests } from "../support/emulator";
import { E2E } from "../support/env";

// A manager opens a message page: the metadata is there, the content is not offered, the page says
// which role it needs, and no upstream call is spent on a preview the manager may not see.

test.use({ storageState: E2E.storageState.manager });

test("a manager's message page offers no raw download or preview, and names the analyst role", async ({ page, request }) => {
  // A message other suites are unlikely to open at the same moment: the upstream log is shared.
  const search = await request.get("/api/messages?per_page=8&final_disposition=SPOOF");
  const message = resultPageSchema.parse(await search.json()).messages[6];
  if (!message) throw new Error("no message to open");

  const since = Date.now();
  await page.goto(`/messages/${encodeURIComponent(message.id)}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("The preview and the raw message need the analyst role")).toBeVisible();
  await expect(page.getByRole("link", { name: /Download raw message/ })).toHaveCount(0);
  await expect(page.locator('img[src*="/preview"]')).toHaveCount(0);

  const previews = (await emulatorRequests(request)).filter(
    (logged) => Date.parse(logged.at) >= since && logged.path.includes(message.postfix_id) && logged.path.endsWith("/preview"),
  );
  expect(previews, "no upstream preview call for a manager's view").toEqual([]);
});
