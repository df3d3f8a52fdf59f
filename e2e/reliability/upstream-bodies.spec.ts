import { apiErrorBodySchema } from "@/lib/http/error-shape";
import { resultPageSchema } from "@/lib/investigate/result-page";
import { expect, guardedTest as test } from "../support/guard";
import { E2E } from "../support/env";
import { analystCookie, startStack, type Stack } from "./support/stack";

// What comes from upstream is bounded, and one odd result costs only itself: a dashboard of its own with
// small body limits, in front of an emulator that sends bodies of any size (made as they are read) and
// search pages holding results that cannot be shown.

test.describe.configure({ mode: "default" });

const MIB = 1024 * 1024;
let stack: Stack;
let rawId: string;

test.beforeAll(async () => {
  stack = await startStack({
    appPort: E2E.appPort + 77,
    emulator: { slowSearch: false },
    env: { CLOUDFLARE_MAX_JSON_BYTES: String(MIB), CLOUDFLARE_MAX_RAW_BYTES: String(2 * MIB), CLOUDFLARE_TIMEOUT_MS: "5000" },
  });
  const detection = stack.upstream.emulator.messages.find((message) => message.final_disposition === "MALICIOUS");
  if (!detection) throw new Error("the emulator has no malicious message");
  rawId = detection.id;
});
test.afterAll(async () => stack.stop());
test.beforeEach(() => stack.upstream.emulator.reset());

const get = (path: string, signal?: AbortSignal) => fetch(`${stack.url}${path}`, { headers: { cookie: analystCookie() }, signal });
const upstreamCalls = (part: string) => stack.upstream.emulator.requests.filter((entry) => `${entry.path}?${entry.query}`.includes(part)).length;

test("a search page past the JSON limit is a 502 naming the limit, asked for once", async () => {
  const term = `oversize${Date.now()}`;
  stack.upstream.emulator.addFault({ match: `query=${term}`, hugeBody: { bytes: 256 * MIB } });
  const response = await get(`/api/messages?query=${term}`);
  expect(response.status).toBe(502);
  const { error } = apiErrorBodySchema.parse(await response.json());
  expect(error.code).toBe("upstream_failed");
  expect(error.message).toContain("1 MiB");
  expect(error.message).toContain("CLOUDFLARE_MAX_JSON_BYTES");
  expect(upstreamCalls(`query=${term}`)).toBe(1);
});

test("the raw download streams: its first bytes arrive while Cloudflare is still sending", async () => {
  // The upstream sends the start of the EML and then nothing, ever: only a streamed download shows it.
  stack.upstream.emulator.addFault({ match: "/raw", hugeBody: { bytes: 64 * MIB, stall: true } });
  const controller = new AbortController();
  const response = await get(`/api/messages/${encodeURIComponent(rawId)}/raw`, controller.signal);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("message/rfc822");
  const reader = response.body?.getReader();
  if (!reader) throw new Error("no body");
  let text = "";
  while (!text.includes("Subject: A very large message")) {
    const { done, value } = await reader.read();
    if (done) throw new Error(`the download ended early: ${text.slice(0, 200)}`);
    text += new TextDecoder().decode(value);
  }
  expect(text.startsWith("From: bulk@example.com\r\n")).toBe(true);
  controller.abort();
});

test("a raw download past its limit is cut off, without being asked for again", async () => {
  stack.upstream.emulator.addFault({ match: "/raw", hugeBody: { bytes: 256 * MIB } });
  const response = await get(`/api/messages/${encodeURIComponent(rawId)}/raw`);
  expect(response.status).toBe(200);
  const reader = response.body?.getReader();
  if (!reader) throw new Error("no body");
  let received = 0;
  const ended = await (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return "complete";
      received += value.byteLength;
    }
  })().catch(() => "aborted");
  expect(ended).toBe("aborted");
  expect(received).toBeLessThanOrEqual(2 * MIB);
  expect(upstreamCalls("/raw")).toBe(1);
});

test("a result that cannot be shown is a row saying so, and the rest of the page is shown", async ({ page }) => {
  // The first result fails the message schema; the second carries an unknown field nested 5,000 deep.
  stack.upstream.emulator.addFault({ match: "investigate?", body: "unreadable-messages" });
  const answer = await get("/api/messages?per_page=10");
  expect(answer.status).toBe(200);
  const body = resultPageSchema.parse(await answer.json());
  expect(body.unreadable).toHaveLength(1);
  expect(body.unreadable[0]).toMatchObject({ index: 0, id: expect.any(String), reason: expect.stringContaining("cannot read") });
  expect(body.messages).toHaveLength(9);
  expect(JSON.stringify(body.messages[0]?.extra.deep_unknown_field)).toContain("not shown: nested deeper than 8 levels");

  await page.goto(`${stack.url}/messages?per_page=50`);
  const note = page.locator("tr[data-unreadable]");
  await expect(note).toHaveCount(1, { timeout: 15_000 });
  await expect(note).toContainText("This result cannot be shown.");
  await expect(note).toContainText("Id: ");
  await expect(note.locator("a, button, [tabindex]")).toHaveCount(0);
  await expect(page.locator("tr[data-row-id]:not([data-unreadable]) a").first()).toBeVisible();
});
