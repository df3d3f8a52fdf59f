import { afterEach, describe, expect, it } from "vitest";
import { isCloudflareError } from "./errors";
import { DEPRECATED_ONLY_MESSAGE, FULL_MESSAGE, FUTURE_MESSAGE, NULLS_MESSAGE } from "./testing/fixtures";
import { envelope, failure, inTurn, startStubServer, type StubReply, type StubServer } from "./testing/stub-server";
import { ACCOUNT_PATH, rejectionOf, testClient } from "./testing/test-client";

let server: StubServer;
afterEach(async () => server?.close());

async function answering(reply: StubReply) {
  server = await startStubServer(inTurn(reply));
  return testClient(server).client;
}

describe("getMessage parses every shape Cloudflare has sent", () => {
  it.each([
    ["every field", FULL_MESSAGE],
    ["deprecated fields only", DEPRECATED_ONLY_MESSAGE],
    ["nulls everywhere", NULLS_MESSAGE],
    ["unknown enum values and extra fields", FUTURE_MESSAGE],
  ])("%s", async (_name, message) => {
    const client = await answering({ body: envelope(message) });
    expect(await client.getMessage(message.id)).toEqual(message);
  });

  it("keeps unknown extra fields and unknown enum values as they came", async () => {
    const client = await answering({ body: envelope(FUTURE_MESSAGE) });
    const message = await client.getMessage(FUTURE_MESSAGE.id);
    expect(message.final_disposition).toBe("QUANTUM-PHISH");
    expect(message.validation?.arc).toBe("pass");
    expect(message.properties?.new_flag).toBe(true);
    expect(message.risk_score).toBe(97);
    expect(message.brand_impersonation).toEqual({ brand: "Example Bank", confidence: 0.93 });
  });

  it("sends submission only when asked, as true or false", async () => {
    const client = await answering({ body: envelope(FULL_MESSAGE) });
    await client.getMessage("m1");
    await client.getMessage("m1", { submission: true });
    await client.getMessage("m1", { submission: false });
    expect(server.requests.map((request) => request.target)).toEqual([
      `${ACCOUNT_PATH}/investigate/m1`,
      `${ACCOUNT_PATH}/investigate/m1?submission=true`,
      `${ACCOUNT_PATH}/investigate/m1?submission=false`,
    ]);
  });
});

describe("per-message endpoints", () => {
  const ID = "4Njp3P0STMz2c02Q-2024-01-05T10:00:00-12345678";
  const SEGMENT = "4Njp3P0STMz2c02Q-2024-01-05T10%3A00%3A00-12345678";

  it("getDetections", async () => {
    const detections = { action: "QUARANTINE", attachments: [{ size: 10, sha256: "ab", future: 1 }], threat_categories: [{ id: 7, name: "Phish" }], final_disposition: "MALICIOUS" };
    const client = await answering({ body: envelope(detections) });
    expect(await client.getDetections(ID)).toEqual(detections);
    expect(server.requests[0]).toMatchObject({ method: "GET", target: `${ACCOUNT_PATH}/investigate/${SEGMENT}/detections` });
  });

  it("getActionLog", async () => {
    const log = [{ operation: "PREVIEW", started_at: "2026-01-01T00:00:00Z", completed_at: null, status: "done", success: true, properties: {} }];
    const client = await answering({ body: envelope(log) });
    expect(await client.getActionLog(ID)).toEqual(log);
    expect(server.requests[0]?.target).toBe(`${ACCOUNT_PATH}/investigate/${SEGMENT}/action_log`);
  });

  it("getTrace", async () => {
    const trace = { inbound: { lines: [{ lineno: 1, logged_at: "2026-01-01T00:00:00Z", message: "accepted" }], pending: false }, outbound: null };
    const client = await answering({ body: envelope(trace) });
    expect(await client.getTrace(ID)).toEqual(trace);
    expect(server.requests[0]?.target).toBe(`${ACCOUNT_PATH}/investigate/${SEGMENT}/trace`);
  });

  it("getRaw returns the EML", async () => {
    const client = await answering({ body: envelope({ raw: "From: a@example.com\r\nSubject: hi\r\n\r\nbody" }) });
    expect(await new Response(await client.getRaw(ID)).text()).toBe("From: a@example.com\r\nSubject: hi\r\n\r\nbody");
    expect(server.requests[0]?.target).toBe(`${ACCOUNT_PATH}/investigate/${SEGMENT}/raw`);
  });

  it("getPreview returns the base64 PNG", async () => {
    const client = await answering({ body: envelope({ screenshot: "iVBORw0KGgo=" }) });
    expect(await client.getPreview(ID)).toBe("iVBORw0KGgo=");
    expect(server.requests[0]?.target).toBe(`${ACCOUNT_PATH}/investigate/${SEGMENT}/preview`);
  });

  it("createPreview POSTs the investigate id as JSON, the newest body", async () => {
    const client = await answering({ body: envelope({ screenshot: "iVBORw0KGgo=" }) });
    expect(await client.createPreview({ id: "4Njp3P0STMz2c02Q-2026-12-06T08:00:00-1a2b3c4d", postfixId: "4Njp3P0STMz2c02Q" })).toBe("iVBORw0KGgo=");
    const [request] = server.requests;
    expect(request).toMatchObject({ method: "POST", target: `${ACCOUNT_PATH}/investigate/preview` });
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request?.body ?? "")).toEqual({ id: "4Njp3P0STMz2c02Q-2026-12-06T08:00:00-1a2b3c4d" });
  });

  it("createPreview sends the older body, by postfix id, where the newest is refused as a bad request", async () => {
    server = await startStubServer(
      inTurn({ status: 400, body: failure([{ code: 1001, message: "postfix_id: Required" }]) }, { body: envelope({ screenshot: "iVBORw0KGgo=" }) }),
    );
    const { client } = testClient(server);
    expect(await client.createPreview({ id: "4Njp3P0STMz2c02Q-2026-12-06T08:00:00-1a2b3c4d", postfixId: "4Njp3P0STMz2c02Q" })).toBe("iVBORw0KGgo=");
    expect(server.requests.map((request) => JSON.parse(request.body))).toEqual([{ id: "4Njp3P0STMz2c02Q-2026-12-06T08:00:00-1a2b3c4d" }, { postfix_id: "4Njp3P0STMz2c02Q" }]);
  });

  it("a result of the wrong shape is a bad response", async () => {
    const client = await answering({ body: envelope({ screenshot: 42 }) });
    const error = await rejectionOf(client.getPreview(ID));
    expect(isCloudflareError(error) && error.code).toBe("bad_response");
  });
});

describe("ids cannot change the path", () => {
  const hostile = ["../../../user/tokens", "a/b", "x?submission=true", "x#frag", "..%2F..%2Fx", "a b", "%00"];
  const calls = ["getMessage", "getDetections", "getActionLog", "getTrace", "getRaw", "getPreview"] as const;

  it.each(hostile)("%s stays one segment on every endpoint", async (id) => {
    const client = await answering({ status: 404, body: { success: false, errors: [{ code: 1000, message: "no" }], messages: [], result: null } });
    for (const call of calls) await rejectionOf(client[call](id));
    const encoded = encodeURIComponent(id);
    expect(server.requests.map((request) => request.target)).toEqual([
      `${ACCOUNT_PATH}/investigate/${encoded}`,
      `${ACCOUNT_PATH}/investigate/${encoded}/detections`,
      `${ACCOUNT_PATH}/investigate/${encoded}/action_log`,
      `${ACCOUNT_PATH}/investigate/${encoded}/trace`,
      `${ACCOUNT_PATH}/investigate/${encoded}/raw`,
      `${ACCOUNT_PATH}/investigate/${encoded}/preview`,
    ]);
  });

  it.each(["", ".", "..", "x".repeat(201), "a\r\nb", "a\u0000b"])("%j is refused before any request", async (id) => {
    const client = await answering({ body: envelope(FULL_MESSAGE) });
    for (const call of calls) {
      const error = await rejectionOf(client[call](id));
      expect(isCloudflareError(error) && error.code).toBe("bad_request");
      expect(isCloudflareError(error) && error.status).toBeUndefined();
    }
    expect(isCloudflareError(await rejectionOf(client.createPreview({ id, postfixId: "4Njp3P0STMz2c02Q" })))).toBe(true);
    expect(isCloudflareError(await rejectionOf(client.createPreview({ id: "4Njp3P0STMz2c02Q", postfixId: id })))).toBe(true);
    expect(server.requests).toHaveLength(0);
  });
});
