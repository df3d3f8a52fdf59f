import { afterEach, describe, expect, it } from "vitest";
import type { RateLimitReading } from "./rate-limit-headers";
import { FULL_MESSAGE } from "./testing/fixtures";
import { envelope, failure, inTurn, startStubServer, type StubServer } from "./testing/stub-server";
import { rejectionOf, testClient } from "./testing/test-client";

let server: StubServer;
afterEach(async () => server.close());

describe("client.rateLimit()", () => {
  it("is null before any answer, then keeps the latest reading, and tells onRateLimit", async () => {
    server = await startStubServer(
      inTurn(
        { headers: { ratelimit: '"default";r=50;t=30', "ratelimit-policy": '"burst";q=100;w=60' }, body: envelope(FULL_MESSAGE) },
        { headers: { ratelimit: "garbage;;" }, body: envelope(FULL_MESSAGE) },
        { status: 429, headers: { ratelimit: '"default";r=0;t=300', "retry-after": "300" }, body: failure([{ code: 971, message: "slow down" }]) },
      ),
    );
    const seen: RateLimitReading[] = [];
    const { client, clock } = testClient(server, { onRateLimit: (reading) => seen.push(reading) });
    expect(client.rateLimit()).toBeNull();

    await client.getMessage("m1");
    expect(client.rateLimit()).toEqual({ remaining: 50, resetSeconds: 30, quota: 100, windowSeconds: 60, policy: "default", observedAt: clock.now });

    await client.getMessage("m1");
    expect(client.rateLimit()?.remaining).toBe(50);

    clock.now += 1000;
    await rejectionOf(client.getMessage("m1"));
    expect(client.rateLimit()).toEqual({ remaining: 0, resetSeconds: 300, policy: "default", observedAt: clock.now });
    expect(seen.map((reading) => reading.remaining)).toEqual([50, 0]);
  });

  it("survives an onRateLimit that throws", async () => {
    server = await startStubServer(inTurn({ headers: { ratelimit: '"default";r=9;t=1' }, body: envelope(FULL_MESSAGE) }));
    const { client } = testClient(server, {
      onRateLimit: () => {
        throw new Error("listener bug");
      },
    });
    expect((await client.getMessage("m1")).id).toBe(FULL_MESSAGE.id);
    expect(client.rateLimit()?.remaining).toBe(9);
  });
});
