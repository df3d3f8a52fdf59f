import { afterEach, describe, expect, it } from "vitest";
import { isCloudflareError, type CloudflareError } from "./errors";
import { FULL_MESSAGE } from "./testing/fixtures";
import { envelope, failure, inTurn, startStubServer, type StubReply, type StubServer } from "./testing/stub-server";
import { rejectionOf, testClient } from "./testing/test-client";

const OK: StubReply = { body: envelope(FULL_MESSAGE) };
const RATE_LIMITED = (headers: Record<string, string>): StubReply => ({
  status: 429,
  headers,
  body: failure([{ code: 971, message: "Please wait and consider throttling your request speed" }]),
});

let server: StubServer;
afterEach(async () => server.close());

async function failingWith(...replies: StubReply[]) {
  server = await startStubServer(inTurn(...replies));
  return server;
}

async function cloudflareError(promise: Promise<unknown>): Promise<CloudflareError> {
  const error = await rejectionOf(promise);
  if (!isCloudflareError(error)) throw new Error(`expected a CloudflareError, got ${String(error)}`);
  return error;
}

describe("429", () => {
  it("waits as Retry-After says and gives up after maxRetries retries", async () => {
    const { client, sleeps } = testClient(await failingWith(RATE_LIMITED({ "retry-after": "3" })));
    const error = await cloudflareError(client.getMessage("m1"));
    expect(error).toMatchObject({ code: "rate_limited", status: 429, retryAfterSeconds: 3 });
    expect(error.errors).toEqual([{ code: 971, message: "Please wait and consider throttling your request speed" }]);
    expect(sleeps).toEqual([3000, 3000]);
    expect(server.requests).toHaveLength(3);
  });

  it("respects maxRetries", async () => {
    const { client, sleeps } = testClient(await failingWith(RATE_LIMITED({ "retry-after": "1" })), { maxRetries: 4 });
    await cloudflareError(client.getMessage("m1"));
    expect(server.requests).toHaveLength(5);
    expect(sleeps).toEqual([1000, 1000, 1000, 1000]);
  });

  it("succeeds when a retry does", async () => {
    const { client, sleeps } = testClient(await failingWith(RATE_LIMITED({ "retry-after-ms": "150" }), OK));
    expect((await client.getMessage("m1")).id).toBe(FULL_MESSAGE.id);
    expect(sleeps).toEqual([150]);
  });

  it("reads Retry-After as an HTTP-date", async () => {
    const { client, sleeps } = testClient(await failingWith(RATE_LIMITED({ "retry-after": "Tue, 01 Sep 2026 12:00:04 GMT" }), OK));
    await client.getMessage("m1");
    expect(sleeps).toEqual([4000]);
  });

  it("gives up at once when Retry-After is longer than maxRetryWaitMs, handing the wait on", async () => {
    const { client, sleeps } = testClient(await failingWith(RATE_LIMITED({ "retry-after": "300" }), OK));
    const error = await cloudflareError(client.search({}));
    expect(error).toMatchObject({ code: "rate_limited", status: 429, retryAfterSeconds: 300 });
    expect(sleeps).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("backs off without Retry-After, and hands on the Ratelimit reset instead", async () => {
    const { client, sleeps } = testClient(await failingWith(RATE_LIMITED({ ratelimit: '"default";r=0;t=42' })));
    const error = await cloudflareError(client.getMessage("m1"));
    expect(error.retryAfterSeconds).toBe(42);
    expect(sleeps).toEqual([500, 1000]);
  });
});

describe("5xx", () => {
  it("retries and succeeds", async () => {
    const { client, sleeps } = testClient(await failingWith({ status: 503, body: "<html>busy</html>" }, { status: 500 }, OK));
    expect((await client.getMessage("m1")).id).toBe(FULL_MESSAGE.id);
    expect(sleeps).toEqual([500, 1000]);
    expect(server.requests).toHaveLength(3);
  });

  it("gives up with server_error after the retries", async () => {
    const { client } = testClient(await failingWith({ status: 502, body: "<html><h1>502 Bad Gateway</h1></html>" }));
    const error = await cloudflareError(client.getMessage("m1"));
    expect(error).toMatchObject({ code: "server_error", status: 502, errors: [] });
    expect(server.requests).toHaveLength(3);
  });

  it("retries with jitter from the injected random", async () => {
    const { client, sleeps } = testClient(await failingWith({ status: 500 }), { random: () => 0.5 });
    await cloudflareError(client.getMessage("m1"));
    expect(sleeps).toEqual([438, 875]);
  });
});

describe("other 4xx", () => {
  it.each([
    [400, "bad_request"],
    [401, "unauthorized"],
    [403, "forbidden"],
    [404, "not_found"],
    [422, "bad_request"],
  ] as const)("%i is not retried and becomes %s", async (status, code) => {
    const { client, sleeps } = testClient(await failingWith({ status, body: failure([{ code: 1001, message: "nope" }]) }, OK));
    const error = await cloudflareError(client.getMessage("m1"));
    expect(error).toMatchObject({ code, status, errors: [{ code: 1001, message: "nope" }] });
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });
});

describe("network failures", () => {
  it("retries a dropped connection", async () => {
    const { client, sleeps } = testClient(await failingWith("destroy", OK));
    expect((await client.getMessage("m1")).id).toBe(FULL_MESSAGE.id);
    expect(sleeps).toEqual([500]);
  });

  it("gives up with network after the retries", async () => {
    const { client } = testClient(await failingWith("destroy"));
    const error = await cloudflareError(client.getMessage("m1"));
    expect(error.code).toBe("network");
    expect(error.status).toBeUndefined();
    expect(server.requests).toHaveLength(3);
  });

  it("reports a refused connection as network", async () => {
    const closed = await startStubServer(inTurn(OK));
    await closed.close();
    server = await failingWith(OK);
    const { client } = testClient(closed);
    const error = await cloudflareError(client.getMessage("m1"));
    expect(error.code).toBe("network");
    expect(error.message).toContain("ECONNREFUSED");
  });
});

describe("timeouts and aborts", () => {
  it("cuts a hung request after timeoutMs, and does not retry it", async () => {
    const { client } = testClient(await failingWith("hang"), { timeoutMs: 200 });
    const started = performance.now();
    const error = await cloudflareError(client.search({}));
    expect(error.code).toBe("timeout");
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(server.requests).toHaveLength(1);
  });

  it("cuts a body that stops halfway", async () => {
    const { client } = testClient(await failingWith({ body: JSON.stringify(envelope(FULL_MESSAGE)), stallAfter: 20 }), { timeoutMs: 200 });
    expect((await cloudflareError(client.getMessage("m1"))).code).toBe("timeout");
  });

  it("propagates the caller's abort as an AbortError, not retried", async () => {
    const { client } = testClient(await failingWith("hang"), { timeoutMs: 5_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await rejectionOf(client.getMessage("m1", { signal: controller.signal }));
    expect(isCloudflareError(error)).toBe(false);
    expect((error as Error).name).toBe("AbortError");
    expect(server.requests).toHaveLength(1);
  });

  it("sends nothing when the caller has already aborted", async () => {
    const { client } = testClient(await failingWith(OK));
    const error = await rejectionOf(client.getMessage("m1", { signal: AbortSignal.abort() }));
    expect((error as Error).name).toBe("AbortError");
    expect(server.requests).toHaveLength(0);
  });
});
