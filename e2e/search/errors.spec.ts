import { apiErrorBodySchema } from "@/lib/http/error-shape";
import { addFault, uniqueTerm } from "../support/emulator";
import { E2E } from "../support/env";
import { startIsolatedApp } from "../support/isolated-app";
import { bodyRows, expect, test } from "./fixtures";

// Each failure shows what the API said (Cloudflare's message included), offers a retry, and the page
// keeps working afterwards.

const FAULTS = [
  ["a 500", { serverError: { status: 500 } }],
  ["an HTML body", { body: "html" }],
  ["truncated JSON", { body: "truncated-json" }],
  ["a body that violates the schema", { body: "schema-violation" }],
  ["success: false", { body: "success-false" }],
] as const;

for (const [label, fault] of FAULTS) {
  test(`${label} from Cloudflare shows the API's message, and the page still works`, async ({ page, request, guard }) => {
    guard.allow(/Failed to load resource: the server responded with a status of 502/);
    const term = uniqueTerm("broken");
    await addFault(request, { match: term, ...fault });
    const said = apiErrorBodySchema.parse(await (await request.get(`/api/messages?query=${term}`)).json()).error;

    await page.goto("/messages");
    const box = page.getByRole("search").getByLabel("Search", { exact: true });
    await box.fill(term);
    await box.press("Enter");
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText("The search failed");
    await expect(alert).toContainText(said.message);
    for (const upstream of said.upstream ?? []) await expect(alert).toContainText(upstream.message);
    await expect(alert.getByRole("button", { name: "Retry" })).toBeVisible();

    await box.fill("");
    await box.press("Enter");
    await expect(bodyRows(page).first()).toBeVisible();
    await expect(alert).toBeHidden();
  });
}

test("a 429 shows Cloudflare's message and the time until the next try", async ({ page, request, guard }) => {
  // Cloudflare's 429 rightly stops every call of the dashboard that received it for the Retry-After, so
  // this test has a dashboard of its own (same build, emulator and sessions) to stop.
  const app = await startIsolatedApp(E2E.appPort + 50);
  try {
    guard.allow(/Failed to load resource: the server responded with a status of 429/);
    const term = uniqueTerm("limited");
    await addFault(request, { match: term, rateLimited: { retryAfterSeconds: 120 } });
    await page.goto(`${app.url}/messages?query=${term}`);
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText("Too many searches");
    await expect(alert).toContainText(/rate limit/i);
    await expect(alert).toContainText(/Cloudflare: .+/);
    await expect(page.getByTestId("retry-countdown")).toHaveText(/^(2 min 00 s|1 min [45]\d s)$/);
    const first = await page.getByTestId("retry-countdown").textContent();
    await expect(page.getByTestId("retry-countdown")).not.toHaveText(first ?? "");
    await expect(alert.getByRole("button", { name: "Try now" })).toBeVisible();
  } finally {
    await app.stop();
  }
});

test("an invalid search in the URL shows the API's per-field message", async ({ page, guard }) => {
  guard.allow(/Failed to load resource: the server responded with a status of 400/);
  await page.goto("/messages?start=2026-06-02T00:00:00Z&end=2026-06-01T00:00:00Z");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("The start must come before the end.");
  await expect(page.getByRole("search").getByText("The start must come before the end.")).toBeVisible();
});
