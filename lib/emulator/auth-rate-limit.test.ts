import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMULATOR_API_KEY, EMULATOR_EMAIL } from "./constants";
import { createEmulator } from "./emulator";
import { startEmulatorServer, type EmulatorServer } from "./server";
import { NOW, accountBase, errorCodes, type Answer } from "./test-support";

// Both of Cloudflare's auth schemes, and the per-credential rate limit with its headers.

let server: EmulatorServer;
let url: string;

async function raw(headers: Record<string, string>, target = url): Promise<Answer> {
  const response = await fetch(target, { headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: JSON.parse(text) as unknown };
}

beforeAll(async () => {
  server = await startEmulatorServer({ seed: 2, count: 200, now: NOW, rateLimit: { limit: 3, windowMs: 60_000, blockMs: 2000 } });
  url = `${accountBase(server)}/investigate?per_page=1`;
});
afterAll(() => server.close());

describe("authentication", () => {
  it("answers 401 / 9106 when no credentials are presented", async () => {
    const cases: Record<string, string>[] = [{}, { "x-auth-email": EMULATOR_EMAIL }, { "x-auth-key": EMULATOR_API_KEY }];
    for (const headers of cases) {
      const answer = await raw(headers);
      expect(answer.status).toBe(401);
      expect(errorCodes(answer)).toEqual([9106]);
      expect(answer.text).toContain("Missing X-Auth-Key, X-Auth-Email or Authorization headers");
      expect(answer.headers.get("ratelimit-policy")).toBe('"default";q=3;w=60');
    }
  });

  it("answers 401 / 10000 for a wrong token or key", async () => {
    const cases: Record<string, string>[] = [
      { authorization: "Bearer wrong-token" },
      { authorization: "Basic ZW11bGF0b3I=" },
      { "x-auth-email": EMULATOR_EMAIL, "x-auth-key": "wrong" },
      { "x-auth-email": "someone@else.example", "x-auth-key": EMULATOR_API_KEY },
    ];
    for (const headers of cases) {
      const answer = await raw(headers);
      expect(answer.status).toBe(401);
      expect(errorCodes(answer)).toEqual([10000]);
    }
  });

  it("accepts either scheme and logs which one, never the secret", async () => {
    const emulator = createEmulator({ count: 50, now: NOW });
    const target = `https://emulator.invalid/client/v4/accounts/${emulator.options.accountId}/email-security/investigate`;
    expect((await emulator.fetch(target, { headers: { authorization: "Bearer emulator-token" } })).status).toBe(200);
    expect((await emulator.fetch(target, { headers: { "X-Auth-Email": "ANALYST@example.com", "X-Auth-Key": "emulator-key" } })).status).toBe(200);
    expect((await emulator.fetch(target)).status).toBe(401);
    expect(emulator.requests.map((request) => request.auth)).toEqual(["bearer", "api-key", "none"]);
    expect(JSON.stringify(emulator.requests)).not.toMatch(/emulator-token|emulator-key/);
  });
});

describe("rate limit", () => {
  it("counts per credential, sends Ratelimit headers, then 429 with retry-after for blockMs", async () => {
    const bearer = { authorization: "Bearer emulator-token" };
    const first = await raw(bearer);
    expect(first.headers.get("ratelimit")).toMatch(/^"default";r=2;t=\d+$/);
    expect(first.headers.get("ratelimit-policy")).toBe('"default";q=3;w=60');
    await raw(bearer);
    expect((await raw(bearer)).headers.get("ratelimit")).toMatch(/^"default";r=0;t=\d+$/);

    const limited = await raw(bearer);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("2");
    expect(errorCodes(limited)).toEqual([971]);
    // Every call is refused during the block, whatever the path.
    expect((await raw(bearer, `${accountBase(server)}/investigate/nothing`)).status).toBe(429);
    // Another credential has its own budget.
    expect((await raw({ "x-auth-email": EMULATOR_EMAIL, "x-auth-key": EMULATOR_API_KEY })).status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, 2100));
    const after = await raw(bearer);
    expect(after.status).toBe(200);
    expect(after.headers.get("ratelimit")).toMatch(/^"default";r=2;/);
  });
});
