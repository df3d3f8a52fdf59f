import type { APIResponse } from "@playwright/test";
import { expect, test } from "../support/test";
import { resultPageSchema } from "@/lib/investigate/result-page";
import { E2E } from "../support/env";

// Every response carries the security headers: pages a CSP with a fresh nonce each time, the data API
// (which runs without the proxy) a CSP that lets nothing run or load. API answers and message pages are
// never cached.

test.use({ storageState: E2E.storageState.analyst });

function expectSecurityHeaders(response: APIResponse, what: string, kind: "page" | "data" = "page") {
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  if (kind === "page") {
    expect(csp, what).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp, what).toContain(directive);
  } else {
    for (const directive of ["default-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "sandbox"]) expect(csp, what).toContain(directive);
    expect(csp, what).not.toContain("script-src");
  }
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("no-referrer");
  expect(headers["cross-origin-opener-policy"], what).toBe("same-origin");
  // Served over plain http here: HSTS only over https.
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

function nonceOf(response: APIResponse): string {
  return /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1] ?? "";
}

test("pages, API answers, errors, sign-in, next-auth and static files all carry the headers", async ({ request, playwright }) => {
  const search = await request.get("/api/messages?per_page=1");
  const id = encodeURIComponent(resultPageSchema.parse(await search.json()).messages[0]?.id ?? "x");
  const page = await request.get("/messages");
  const html = await page.text();
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  if (!chunk) throw new Error("no script chunk in the page");
  const anonymous = await playwright.request.newContext({ baseURL: E2E.appUrl });
  const pages: [string, APIResponse][] = [
    ["search page", page],
    ["message page", await request.get(`/messages/${id}`)],
    ["redirect to sign-in", await anonymous.get("/messages", { maxRedirects: 0 })],
    ["sign-in page", await anonymous.get("/sign-in")],
    ["static chunk", await anonymous.get(chunk)],
    ["not found", await request.get("/no-such-page")],
    ["API path outside the data API", await request.get("/api/messagesx")],
  ];
  const data: [string, APIResponse][] = [
    ["API 200", search],
    ["API poll with a bad token", await request.get("/api/searches/not-a-token")],
    ["API 400", await request.get("/api/messages?per_page=0")],
    ["API 401", await anonymous.get("/api/messages")],
    ["API message 404", await request.get("/api/messages/NoSuchMessage0001")],
    ["next-auth", await anonymous.get("/api/auth/csrf")],
    ["Next's 404 under the data API", await request.get("/api/messages/x/y/z/w")],
    ["Next's 405 under the data API", await request.post("/api/messages")],
  ];
  for (const [what, response] of pages) expectSecurityHeaders(response, what, "page");
  for (const [what, response] of data) expectSecurityHeaders(response, what, "data");
  for (const [what, response] of [...pages.slice(0, 2), ...data.slice(0, 5)]) expect(response.headers()["cache-control"], what).toContain("no-store");
  expect(data.slice(-2).map(([, response]) => response.status())).toEqual([404, 405]);
  await anonymous.dispose();
});

test("the CSP nonce differs between two requests, and the page's scripts carry it", async ({ request }) => {
  const first = await request.get("/messages");
  const second = await request.get("/messages");
  const [a, b] = [nonceOf(first), nonceOf(second)];
  expect(a).not.toBe("");
  expect(a).not.toBe(b);
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${a}"`);
});

test("the search page runs under the CSP without a violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/messages");
  await expect(page.getByRole("heading", { name: "Messages" })).toBeVisible();
  await expect(page.getByRole("row").nth(1)).toBeVisible();
  expect(violations).toEqual([]);
});
