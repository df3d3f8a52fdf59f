import { describe, expect, it } from "vitest";
import { createCloudflareClient } from "./client";
import { markNotSent } from "./not-sent";
import { rejectionOf } from "./testing/test-client";

describe("an error marked as not sent", () => {
  it("reaches the caller untouched, without a retry or a sleep", async () => {
    const refusal = markNotSent(new Error("not now"));
    let calls = 0;
    const sleeps: number[] = [];
    const client = createCloudflareClient({
      baseUrl: "https://api.example.test/client/v4",
      accountId: "023e105f4ecef8ad9ca31a8372d0c353",
      auth: { kind: "token", token: "t0ken" },
      fetch: () => {
        calls++;
        return Promise.reject(refusal);
      },
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
    });
    expect(await rejectionOf(client.getMessage("m1"))).toBe(refusal);
    expect(await rejectionOf(client.search({}))).toBe(refusal);
    expect(calls).toBe(2);
    expect(sleeps).toEqual([]);
  });
});
