import { afterEach, describe, expect, it } from "vitest";
import { isCloudflareError, type CloudflareError } from "./errors";
import { FULL_MESSAGE } from "./testing/fixtures";
import { envelope, inTurn, startStubServer, type StubReply, type StubServer } from "./testing/stub-server";
import { rejectionOf, testClient } from "./testing/test-client";

const MIB = 1024 * 1024;
const limits = { json: { bytes: MIB, setting: "CLOUDFLARE_MAX_JSON_BYTES" }, stream: { bytes: 2 * MIB, setting: "CLOUDFLARE_MAX_RAW_BYTES" } };
/** What the client may have read past a limit: loopback socket buffers, never the body's bulk. */
const SLACK = 16 * MIB;
const ENVELOPE_HEAD = '{"success":true,"errors":[],"messages":[],"result":';
const RAW_HEAD = `${ENVELOPE_HEAD}{"raw":"From: a@example.com\\r\\nSubject: hi\\r\\n\\r\\n`;

let server: StubServer;
afterEach(async () => server.close());

async function serving(...replies: StubReply[]) {
  server = await startStubServer(inTurn(...replies));
  return testClient(server, { limits });
}

async function cloudflareError(promise: Promise<unknown>): Promise<CloudflareError> {
  const error = await rejectionOf(promise);
  if (!isCloudflareError(error)) throw new Error(`expected a CloudflareError, got ${String(error)}`);
  return error;
}

describe("a JSON answer larger than its limit", () => {
  it("is refused on its Content-Length, naming the limit, and not asked for again", async () => {
    const { client, sleeps } = await serving({ body: "x".repeat(2 * MIB), headers: { "content-length": String(2 * MIB) } });
    const error = await cloudflareError(client.search({}));
    expect(error).toMatchObject({ code: "too_large", limit: limits.json });
    expect(error.message).toContain("1 MiB");
    expect(error.message).toContain("CLOUDFLARE_MAX_JSON_BYTES");
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("is cut at the limit when it does not say its length: the rest is never read", async () => {
    const { client, sleeps } = await serving({ stream: { head: ENVELOPE_HEAD, fill: 512 * MIB } });
    const error = await cloudflareError(client.search({}));
    expect(error.code).toBe("too_large");
    expect(server.sent[0]).toBeLessThan(limits.json.bytes + SLACK);
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("within the limit is read as always", async () => {
    const { client } = await serving({ stream: { head: `${ENVELOPE_HEAD}{"id":"m1","postfix_id":"p1","pad":"`, fill: MIB - 200, tail: '"}}' } });
    expect((await client.getMessage("m1")).id).toBe("m1");
  });
});

describe("a body that breaks off", () => {
  it("is final: the request is not sent again", async () => {
    const { client, sleeps } = await serving({ body: envelope(FULL_MESSAGE), dropAfter: 40 }, { body: envelope(FULL_MESSAGE) });
    const error = await cloudflareError(client.getMessage("m1"));
    expect(error.code).toBe("cut_off");
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });
});

describe("the raw EML", () => {
  it("is handed on while Cloudflare is still sending it", async () => {
    const body = JSON.stringify(envelope({ raw: `From: a@example.com\r\nSubject: hi\r\n\r\n${"body ".repeat(1000)}` }));
    const { client } = await serving({ body, stallAfter: body.indexOf("Subject") + 20 });
    const reader = (await client.getRaw("m1")).getReader();
    let text = "";
    while (!text.includes("Subject")) {
      const { done, value } = await reader.read();
      if (done) throw new Error("the stream ended");
      text += new TextDecoder().decode(value);
    }
    expect(text.startsWith("From: a@example.com\r\n")).toBe(true);
    await reader.cancel();
  });

  it("ends in a timeout when Cloudflare stalls midway, and not when the reader is the slow one", async () => {
    const eml = `From: a@example.com\r\n\r\n${"body ".repeat(200_000)}`;
    const body = JSON.stringify(envelope({ raw: eml }));
    server = await startStubServer(inTurn({ body, stallAfter: body.indexOf("body") + 10 }, { body }));
    const { client } = testClient(server, { limits, timeoutMs: 200 });
    const stalled = new Response(await client.getRaw("m1")).text();
    expect(await cloudflareError(stalled)).toMatchObject({ code: "timeout" });

    const reader = (await client.getRaw("m1")).getReader();
    let received = (await reader.read()).value?.byteLength ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (let part = await reader.read(); !part.done; part = await reader.read()) received += part.value.byteLength;
    expect(received).toBe(eml.length);
  });

  it("may be larger than the JSON limit, up to its own", async () => {
    const { client } = await serving({ stream: { head: RAW_HEAD, fill: MIB + MIB / 2, tail: '"}}' } });
    const text = await new Response(await client.getRaw("m1")).text();
    expect(text.length).toBe("From: a@example.com\r\nSubject: hi\r\n\r\n".length + MIB + MIB / 2);
  });

  it("is cut at its own limit, the download ending in an error naming it", async () => {
    const { client, sleeps } = await serving({ stream: { head: RAW_HEAD, fill: 512 * MIB, tail: '"}}' } });
    const reader = (await client.getRaw("m1")).getReader();
    let received = 0;
    const error = await cloudflareError(
      (async () => {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          received += value.byteLength;
        }
      })(),
    );
    expect(error.code).toBe("too_large");
    expect(error.message).toContain("CLOUDFLARE_MAX_RAW_BYTES");
    expect(received).toBeLessThanOrEqual(limits.stream.bytes);
    expect(server.sent[0]).toBeLessThan(limits.stream.bytes + SLACK);
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("is refused before the download starts when the envelope says it failed", async () => {
    const { client } = await serving({ body: { success: false, errors: [{ code: 1000, message: "gone" }], messages: [], result: { raw: "x" } } });
    expect((await cloudflareError(client.getRaw("m1"))).code).toBe("bad_response");
  });

  it("is refused on its Content-Length past its limit", async () => {
    const { client } = await serving({ body: "x".repeat(3 * MIB), headers: { "content-length": String(3 * MIB) } });
    expect(await cloudflareError(client.getRaw("m1"))).toMatchObject({ code: "too_large", limit: limits.stream });
  });
});
