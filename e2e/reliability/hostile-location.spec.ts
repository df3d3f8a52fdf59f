import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { EMULATOR_ACCOUNT_ID, EMULATOR_TOKEN } from "@/lib/emulator/constants";
import { expect, test } from "../support/test";
import { E2E } from "../support/env";
import { analystCookie, startStack, type Stack } from "./support/stack";

// Cloudflare's 202 names where to poll. A Location that leaves the configured origin or this account's
// Email Security API must never be followed: the client would carry the API token along. A trap
// listener stands in for the attacker's host and must see not one connection.

// One dashboard and trap per worker, its tests in order.
test.describe.configure({ mode: "default" });

let stack: Stack;
let trap: Server;
let trapUrl: string;
const seen: string[] = [];

test.beforeAll(async () => {
  trap = createServer((request, response) => {
    seen.push(`${request.method} ${request.url} ${JSON.stringify(request.headers)}`);
    response.end("{}");
  });
  // A TLS hello or any other bytes count too, not only well-formed HTTP.
  trap.on("connection", () => seen.push("connection"));
  await new Promise<void>((resolve) => trap.listen(0, "127.0.0.1", resolve));
  trapUrl = `http://127.0.0.1:${(trap.address() as AddressInfo).port}`;
  stack = await startStack({ appPort: E2E.appPort + 61, emulator: { slowSearch: false } });
});
test.afterAll(async () => {
  await stack.stop();
  await new Promise((resolve) => trap.close(resolve));
});

const poll = `/client/v4/accounts/${EMULATOR_ACCOUNT_ID}/email-security/investigate-search/00000000-0000-4000-8000-000000000000`;
const trapHost = () => new URL(trapUrl).host;

const HOSTILE: Array<[string, () => string]> = [
  ["another host, same path", () => `${trapUrl}${poll}`],
  ["another host by name", () => `http://localhost:${new URL(trapUrl).port}${poll}`],
  ["another scheme (https to the trap)", () => `https://${trapHost()}${poll}`],
  ["another scheme (ftp)", () => `ftp://${trapHost()}${poll}`],
  ["a protocol-relative URL", () => `//${trapHost()}${poll}`],
  ["userinfo pointing at the trap", () => `http://${EMULATOR_ACCOUNT_ID}@${trapHost()}${poll}`],
  ["userinfo on the emulator itself", () => `${stack.upstream.url.replace("//", "//attacker:secret@")}${poll}`],
  ["the cloud metadata address", () => "http://169.254.169.254/latest/meta-data/iam/security-credentials/"],
  ["another account's path", () => `/client/v4/accounts/${"f".repeat(32)}/email-security/investigate-search/x`],
  ["a path that walks out with ..", () => `/client/v4/accounts/${EMULATOR_ACCOUNT_ID}/email-security/../../../user/tokens`],
  ["an encoded slash", () => `/client/v4/accounts/${EMULATOR_ACCOUNT_ID}/email-security/..%2f..%2fuser`],
  ["a backslash host", () => `\\\\${trapHost()}${poll}`],
  ["a tab in the URL", () => `http://127.0.0.1\t:${new URL(trapUrl).port}${poll}`],
];

for (const [label, location] of HOSTILE) {
  test(`a 202 Location to ${label} is refused before any request, and no credential leaves`, async ({ request }) => {
    stack.upstream.emulator.reset();
    const term = `loc${Math.random().toString(36).slice(2, 10)}`;
    stack.upstream.emulator.addFault({ match: term, location: location() });
    const before = seen.length;
    const response = await request.get(`${stack.url}/api/messages?query=${term}`, { headers: { cookie: analystCookie() } });
    const text = await response.text();
    expect(response.status(), text).toBe(502);
    expect(text).toContain("will not follow");
    expect(text).not.toContain(EMULATOR_TOKEN);
    // Only the search itself reached the emulator; the Location was never requested, there or anywhere.
    expect(stack.upstream.emulator.requests.map((entry) => `${entry.path}?${entry.query}`)).toEqual([expect.stringContaining(`query=${term}`)]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seen.slice(before)).toEqual([]);
  });
}
