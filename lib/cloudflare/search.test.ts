import { afterEach, describe, expect, it } from "vitest";
import type { InvestigateQuery } from "./investigate-query";
import { FULL_MESSAGE } from "./testing/fixtures";
import { envelope, inTurn, startStubServer, type StubServer } from "./testing/stub-server";
import { ACCOUNT_PATH, TEST_ACCOUNT, TEST_TOKEN, testClient } from "./testing/test-client";
import { createCloudflareClient } from "./client";

const PAGE = envelope([FULL_MESSAGE], { result_info: { count: 1, per_page: 25, page: 0, total_count: 0, next: "c2", previous: null } });

let server: StubServer;
afterEach(async () => server.close());

async function searchWith(params: InvestigateQuery): Promise<URLSearchParams> {
  server = await startStubServer(inTurn({ body: PAGE }));
  await testClient(server).client.search(params);
  const [request] = server.requests;
  if (!request) throw new Error("no request");
  expect(request.method).toBe("GET");
  expect(request.path).toBe(`${ACCOUNT_PATH}/investigate`);
  return request.query;
}

describe("search parameters", () => {
  const strings: [keyof InvestigateQuery, string][] = [
    ["query", "invoice urgent"],
    ["start", "2026-06-25T14:30:00Z"],
    ["end", "2026-07-01T00:00:00+02:00"],
    ["final_disposition", "MALICIOUS"],
    ["message_action", "QUARANTINE_RELEASED"],
    ["delivery_status", "move_failed"],
    ["sender", "d1994@example.com"],
    ["recipient", "example.com"],
    ["domain", "evil.example"],
    ["subject", "reset password"],
    ["exact_subject", "Reset your password & more"],
    ["alert_id", "4Njp3P0STMz2c02Q-2022-12-30T02:44:49"],
    ["message_id", "<abc+1@example.com>"],
    ["smtp_helo_ip", "192.0.2.10"],
    ["metric", "final_disposition"],
    ["cursor", "eyJvZmZzZXQiOjI1fQ==/+?&="],
  ];

  it.each(strings)("sends %s as given", async (name, value) => {
    const query = await searchWith({ [name]: value });
    expect(query.get(name)).toBe(value);
    expect([...query.keys()]).toEqual([name]);
  });

  it.each(["detections_only", "submissions", "action_log"] as const)("sends %s as true and as false", async (name) => {
    expect((await searchWith({ [name]: true })).get(name)).toBe("true");
    await server.close();
    expect((await searchWith({ [name]: false })).get(name)).toBe("false");
  });

  it("sends per_page as a number", async () => {
    expect((await searchWith({ per_page: 1000 })).get("per_page")).toBe("1000");
  });

  it("sends every parameter at once, and never the deprecated page", async () => {
    const all: InvestigateQuery = {
      ...Object.fromEntries(strings),
      detections_only: false,
      submissions: true,
      action_log: false,
      per_page: 50,
    };
    const query = await searchWith({ ...all, page: 3 } as InvestigateQuery);
    expect(query.has("page")).toBe(false);
    expect([...query.keys()].sort()).toEqual(Object.keys(all).sort());
  });

  it("returns the messages and the cursor", async () => {
    server = await startStubServer(inTurn({ body: PAGE }));
    const outcome = await testClient(server).client.search({});
    expect(outcome).toMatchObject({ kind: "page", resultInfo: { next: "c2", count: 1 } });
    expect(outcome.kind === "page" && outcome.messages[0]?.id).toBe(FULL_MESSAGE.id);
  });
});

describe("auth headers", () => {
  it("sends a token as Authorization: Bearer, and nothing of the key scheme", async () => {
    server = await startStubServer(inTurn({ body: PAGE }));
    await testClient(server).client.search({});
    const headers = server.requests[0]?.headers ?? {};
    expect(headers.authorization).toBe(`Bearer ${TEST_TOKEN}`);
    expect(headers.accept).toBe("application/json");
    expect(headers["x-auth-email"]).toBeUndefined();
    expect(headers["x-auth-key"]).toBeUndefined();
  });

  it("sends an email and key as X-Auth-Email and X-Auth-Key, and no Authorization", async () => {
    server = await startStubServer(inTurn({ body: PAGE }));
    await testClient(server, { auth: { kind: "key", email: "soc@example.com", key: "144c9defac04969c7bfad8efaa8ea194" } }).client.search({});
    const headers = server.requests[0]?.headers ?? {};
    expect(headers["x-auth-email"]).toBe("soc@example.com");
    expect(headers["x-auth-key"]).toBe("144c9defac04969c7bfad8efaa8ea194");
    expect(headers.authorization).toBeUndefined();
    expect(headers.accept).toBe("application/json");
  });

  it("refuses credentials that cannot be a header value, without quoting them", () => {
    const base = { baseUrl: "https://api.cloudflare.com/client/v4", accountId: TEST_ACCOUNT };
    for (const auth of [
      { kind: "token", token: "" },
      { kind: "token", token: "abc\r\nX-Evil: 1" },
      { kind: "key", email: "soc@example.com", key: "sec ret" },
    ] as const) {
      expect(() => createCloudflareClient({ ...base, auth })).toThrow(/must be non-empty visible ASCII\.$/);
    }
  });
});

describe("base URL", () => {
  it("tolerates a trailing slash", async () => {
    server = await startStubServer(inTurn({ body: PAGE }));
    await testClient(server, { baseUrl: `${server.origin}/client/v4/` }).client.search({ query: "x" });
    expect(server.requests[0]?.target).toBe(`${ACCOUNT_PATH}/investigate?query=x`);
  });
});
