import { expect, test } from "../support/test";
import { sealPollToken } from "@/lib/investigate/poll-token";
import { apiErrorBodySchema } from "@/lib/http/error-shape";
import { pendingSearchSchema, resultPageSchema } from "@/lib/investigate/result-page";
import { addFault, uniqueTerm } from "../support/emulator";
import { E2E } from "../support/env";
import { startIsolatedApp } from "../support/isolated-app";

// GET /api/messages and /api/searches/{token} against the emulator as a real HTTP server.

test("answers 200 with a page of messages and a cursor that walks to the next page", async ({ request }) => {
  const first = await request.get("/api/messages?per_page=25");
  expect(first.status()).toBe(200);
  expect(first.headers()["cache-control"]).toBe("no-store");
  const page = resultPageSchema.parse(await first.json());
  expect(page.messages).toHaveLength(25);
  expect(page.next).toEqual(expect.any(String));

  const second = resultPageSchema.parse(
    await (await request.get(`/api/messages?per_page=25&cursor=${encodeURIComponent(page.next ?? "")}`)).json(),
  );
  const firstIds = new Set(page.messages.map((message) => message.id));
  expect(second.messages.some((message) => firstIds.has(message.id))).toBe(false);
  const lastOfFirst = page.messages.at(-1)?.scanned_at ?? "";
  const firstOfSecond = second.messages[0]?.scanned_at ?? "";
  expect(firstOfSecond <= lastOfFirst, "newest first across pages").toBe(true);
});

test.describe("400 names the field", () => {
  const dayAfterTomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const cases: Array<[string, string]> = [
    ["final_disposition=EVIL", "final_disposition"],
    ["start=yesterday", "start"],
    ["end=2026-13-45T00:00:00Z", "end"],
    ["start=2026-06-02T00:00:00Z&end=2026-06-01T00:00:00Z", "start"],
    [`start=${dayAfterTomorrow}T00:00:00Z`, "start"],
    ["per_page=0", "per_page"],
    ["per_page=1001", "per_page"],
    ["per_page=ten", "per_page"],
    ["detections_only=maybe", "detections_only"],
  ];
  for (const [query, field] of cases) {
    test(query, async ({ request }) => {
      const response = await request.get(`/api/messages?${query}`);
      expect(response.status()).toBe(400);
      const body = apiErrorBodySchema.parse(await response.json());
      expect(body.error.code).toBe("bad_request");
      expect(body.error.fields?.[field]?.[0]).toEqual(expect.any(String));
    });
  }
});

test("a slow search answers 202 with our own Location, then 200 through it", async ({ request }) => {
  const term = uniqueTerm("slow");
  await addFault(request, { match: term, pendingPolls: 4 });
  const started = await request.get(`/api/messages?query=${term}`, { maxRedirects: 0 });
  expect(started.status()).toBe(202);
  const pending = pendingSearchSchema.parse(await started.json());
  const location = started.headers()["location"] ?? "";
  expect(location).toMatch(/^\/api\/searches\/[A-Za-z0-9_-]+$/);
  expect(pending.location).toBe(location);
  expect(Number(started.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  expect(location).not.toContain("email-security");

  let response = await request.get(location);
  for (let polls = 0; response.status() === 202 && polls < 10; polls += 1) {
    response = await request.get(pendingSearchSchema.parse(await response.json()).location);
  }
  expect(response.status()).toBe(200);
  expect(resultPageSchema.parse(await response.json()).messages).toEqual([]);
});

test("a tampered or expired poll token is refused", async ({ request }) => {
  const term = uniqueTerm("tamper");
  await addFault(request, { match: term, pendingForever: true });
  const started = await request.get(`/api/messages?query=${term}`);
  expect(started.status()).toBe(202);
  const token = (started.headers()["location"] ?? "").split("/").at(-1) ?? "";
  const tampered = token.slice(0, 20) + (token[20] === "A" ? "B" : "A") + token.slice(21);
  const refusedTampered = await request.get(`/api/searches/${tampered}`);
  expect(refusedTampered.status()).toBe(400);
  expect(apiErrorBodySchema.parse(await refusedTampered.json()).error.fields?.token).toBeDefined();

  const expired = sealPollToken(
    { location: `${E2E.emulatorUrl}/client/v4/accounts/${E2E.accountId}/email-security/investigate`, subject: E2E.analystPrincipalId, startedAt: Date.now() - 60_000, polls: 0, expiresAt: Date.now() - 1 },
    E2E.secret,
  );
  const refusedExpired = await request.get(`/api/searches/${expired}`);
  expect(refusedExpired.status()).toBe(400);
  expect(apiErrorBodySchema.parse(await refusedExpired.json()).error.message).toMatch(/expired/);
});

test("Cloudflare's 429 becomes 429 with Retry-After and Cloudflare's message", async ({ request }) => {
  // The 429 stops every upstream call of the server that received it (the shared budget honours
  // Retry-After), so it gets a dashboard of its own rather than stalling the tests running beside it.
  const app = await startIsolatedApp(E2E.appPort + 51);
  try {
    const term = uniqueTerm("limited");
    await addFault(request, { match: term, rateLimited: { retryAfterSeconds: 120 } });
    const response = await request.get(`${app.url}/api/messages?query=${term}`);
    expect(response.status()).toBe(429);
    expect(response.headers()["retry-after"]).toBe("120");
    const body = apiErrorBodySchema.parse(await response.json());
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.upstream?.length).toBeGreaterThan(0);
  } finally {
    await app.stop();
  }
});

for (const [label, fault] of [
  ["a 500", { serverError: { status: 500 } }],
  ["an HTML body", { body: "html" }],
  ["truncated JSON", { body: "truncated-json" }],
  ["a body that violates the schema", { body: "schema-violation" }],
  ["success: false", { body: "success-false" }],
] as const) {
  test(`${label} from Cloudflare becomes 502 in the error shape`, async ({ request }) => {
    const term = uniqueTerm("broken");
    await addFault(request, { match: term, ...fault });
    const response = await request.get(`/api/messages?query=${term}`);
    expect(response.status()).toBe(502);
    expect(apiErrorBodySchema.parse(await response.json()).error.code).toBe("upstream_failed");
  });
}

test("a Cloudflare that hangs becomes 504", async ({ request }) => {
  const term = uniqueTerm("hang");
  await addFault(request, { match: term, hang: true });
  const response = await request.get(`/api/messages?query=${term}`, { timeout: 20_000 });
  expect(response.status()).toBe(504);
  expect(apiErrorBodySchema.parse(await response.json()).error.code).toBe("upstream_timeout");
});
