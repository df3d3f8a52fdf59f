import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { resultPageSchema } from "@/lib/investigate/result-page";
import { BUILD_CANARIES, BUILD_CANARY_MARKER, canariesIn } from "../support/canaries";
import { E2E } from "../support/env";
import { expect, test } from "../support/test";

// Secrets stay on the server: the canaries planted in the test build and the secrets the servers run
// with are found in no client chunk, and in no HTML or RSC payload of the pages each role can reach.
// (Every other response of the e2e run is read for them too, by the `test` of e2e/support/test.ts.)

const distDir = process.env.NEXT_DIST_DIR || ".next";

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

test("the test build planted a canary under every secret variable", () => {
  // `npm test` builds with `npm run build:canary`; a plain `npm run build` is only allowed outside CI.
  const marker = join(distDir, BUILD_CANARY_MARKER);
  test.skip(!process.env.CI && !existsSync(marker), "built without canaries (npm run build:canary plants them)");
  const planted = (JSON.parse(readFileSync(marker, "utf8")) as { planted: string[] }).planted;
  expect(planted.sort()).toEqual(Object.keys(BUILD_CANARIES).sort());
});

test("no client chunk holds a canary", () => {
  const files = filesUnder(join(distDir, "static"));
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) expect(canariesIn(readFileSync(file, "latin1")), file).toEqual([]);
});

async function crawl(page: Page, captured: { url: string; body: string }[], paths: string[]) {
  page.on("response", (response) => {
    captured.push({ url: response.url(), body: "" });
    const entry = captured.at(-1);
    response.body().then(
      (body) => {
        if (entry) entry.body = `${JSON.stringify(response.headers())}\n${body.toString("latin1")}`;
      },
      () => undefined,
    );
  });
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
}

for (const who of ["analyst", "manager", "signed out"] as const) {
  test(`no HTML, RSC payload or other response a browser gets holds a canary (${who})`, async ({ browser }) => {
    const context = await browser.newContext({
      baseURL: E2E.appUrl,
      storageState: who === "signed out" ? undefined : E2E.storageState[who],
    });
    const page = await context.newPage();
    const analyst = await browser.newContext({ baseURL: E2E.appUrl, storageState: E2E.storageState.analyst });
    const id = resultPageSchema.parse(await (await analyst.request.get("/api/messages?per_page=2&detections_only=true")).json()).messages[0]?.id ?? "x";
    await analyst.close();
    const captured: { url: string; body: string }[] = [];
    const message = `/messages/${encodeURIComponent(id)}`;
    await crawl(page, captured, ["/", "/messages", message, "/sign-in", "/no-such-page", "/api/auth/session", "/api/auth/providers", "/api/auth/csrf"]);
    // RSC payloads, as the client router fetches them.
    for (const path of ["/messages", message, "/sign-in"]) {
      const rsc = await context.request.get(path, { headers: { RSC: "1" } });
      captured.push({ url: `${path} (RSC)`, body: await rsc.text() });
    }
    captured.push({ url: "/api/messages (API)", body: await (await context.request.get("/api/messages?per_page=5")).text() });
    await page.waitForTimeout(200);
    expect(captured.length).toBeGreaterThan(10);
    for (const { url, body } of captured) expect(canariesIn(body), url).toEqual([]);
    await context.close();
  });
}
