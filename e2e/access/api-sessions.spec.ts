import { expect, test } from "../support/test";
import { apiErrorBodySchema } from "@/lib/http/error-shape";
import { resultPageSchema } from "@/lib/investigate/result-page";
import { listApiRoutes } from "../support/api-routes";
import { E2E } from "../support/env";

// Every API route refuses a request without a session with 401 in the error shape (the list comes from
// the files in app/api), and a manager gets metadata but never message content.

const routes = listApiRoutes();

test("the generated route list finds every route handler", () => {
  expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(["/api/messages", "/api/messages/SampleMessageId01/raw", "/api/searches/sample-token"]));
  expect(routes.length).toBeGreaterThanOrEqual(8);
  for (const route of routes) expect(route.methods.length, route.file).toBeGreaterThan(0);
});

for (const route of routes) {
  for (const method of route.methods) {
    test(`${method} ${route.path} without a session answers 401`, async ({ playwright }) => {
      const anonymous = await playwright.request.newContext({ baseURL: E2E.appUrl });
      const response = await anonymous.fetch(route.path, { method, maxRedirects: 0 });
      expect(response.status()).toBe(401);
      expect(apiErrorBodySchema.parse(await response.json()).error.code).toBe("unauthorized");
      expect(response.headers()["cache-control"]).toContain("no-store");
      await anonymous.dispose();
    });
  }
}

test("a forged or foreign session cookie is refused like none", async ({ playwright }) => {
  const forged = await playwright.request.newContext({
    baseURL: E2E.appUrl,
    extraHTTPHeaders: { cookie: "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..forged.forged.forged" },
  });
  expect((await forged.get("/api/messages?per_page=1")).status()).toBe(401);
  await forged.dispose();
});

test.describe("as a manager", () => {
  test.use({ storageState: E2E.storageState.manager });

  test("search and message metadata are allowed; raw and preview answer 403 naming the analyst role", async ({ request }) => {
    const search = await request.get("/api/messages?per_page=5&detections_only=true");
    expect(search.status()).toBe(200);
    const message = resultPageSchema.parse(await search.json()).messages[0];
    if (!message) throw new Error("no message to open");
    const id = encodeURIComponent(message.id);
    expect((await request.get(`/api/messages/${id}`)).status()).toBe(200);
    expect((await request.get(`/api/messages/${id}/detections`)).status()).toBe(200);
    for (const part of ["raw", "preview"]) {
      const response = await request.get(`/api/messages/${id}/${part}`);
      expect(response.status(), part).toBe(403);
      const body = apiErrorBodySchema.parse(await response.json());
      expect(body.error.code).toBe("forbidden");
      expect(body.error.message).toContain("analyst");
      expect(body.error.requiredRole).toBe("analyst");
    }
  });
});

test.describe("as an analyst", () => {
  test.use({ storageState: E2E.storageState.analyst });

  test("the raw message downloads", async ({ request }) => {
    const search = await request.get("/api/messages?per_page=5&detections_only=true");
    const message = resultPageSchema.parse(await search.json()).messages[0];
    if (!message) throw new Error("no message to open");
    const raw = await request.get(`/api/messages/${encodeURIComponent(message.id)}/raw`);
    expect(raw.status()).toBe(200);
  });
});
