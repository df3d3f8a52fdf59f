import { afterEach, expect, it } from "vitest";
import { isCloudflareError } from "./errors";
import { envelope, failure, inTurn, startStubServer, type StubServer } from "./testing/stub-server";
import { rejectionOf, testClient } from "./testing/test-client";

// A move or a release is an action: the client sends it once. Retried after a 429 (Cloudflare says it
// did not act), never after a 5xx, a 408 or a broken connection, when it may have acted.

let server: StubServer;
afterEach(async () => server.close());

const MOVED = envelope([{ success: true, recipient: "a@example.com", destination: "DeletedItems", operation: "MOVE", completed_at: "2026-12-05T10:00:00Z" }]);

it("sends a move once after a 502, and says what happened", async () => {
  server = await startStubServer(inTurn({ status: 502, body: failure([{ code: 1500, message: "Internal server error" }]) }, { body: MOVED }));
  const { client } = testClient(server);
  const error = await rejectionOf(client.moveMessage("m1", "DeletedItems"));
  expect(isCloudflareError(error) && error.status).toBe(502);
  expect(server.requests).toHaveLength(1);
});

it("retries a move Cloudflare refused with a 429, and sends only the destination", async () => {
  server = await startStubServer(inTurn({ status: 429, headers: { "retry-after": "1" }, body: failure([{ code: 971, message: "Please wait" }]) }, { body: MOVED }));
  const { client } = testClient(server);
  expect(await client.moveMessage("m1", "DeletedItems")).toEqual([expect.objectContaining({ success: true, recipient: "a@example.com" })]);
  expect(server.requests).toHaveLength(2);
  expect(server.requests.map((request) => request.body)).toEqual([`{"destination":"DeletedItems"}`, `{"destination":"DeletedItems"}`]);
});

it("releases by ids in the newest body, at most 1,000 a request", async () => {
  server = await startStubServer(inTurn({ body: envelope([{ id: "m1", delivered: ["a@example.com"], failed: [], undelivered: [] }]) }));
  const { client } = testClient(server);
  expect(await client.releaseMessages(["m1"])).toEqual([expect.objectContaining({ id: "m1", delivered: ["a@example.com"] })]);
  expect(server.requests[0]?.body).toBe(`{"ids":["m1"]}`);
  await expect(client.releaseMessages(Array.from({ length: 1001 }, (_, i) => `m${i}`))).rejects.toThrow(RangeError);
});

it("releases with the older bare array where Cloudflare refuses the newest body, and sends nothing more", async () => {
  const RELEASED = envelope([{ id: "m1", delivered: ["a@example.com"], failed: [], undelivered: [] }]);
  server = await startStubServer(inTurn({ status: 400, body: failure([{ code: 1001, message: "Expected an array" }]) }, { body: RELEASED }));
  const { client } = testClient(server);
  expect(await client.releaseMessages(["m1"])).toEqual([expect.objectContaining({ id: "m1" })]);
  expect(server.requests.map((request) => request.body)).toEqual([`{"ids":["m1"]}`, `["m1"]`]);
});

it("a release refused in both forms says what was wrong with the newest; one that failed otherwise is not sent again", async () => {
  server = await startStubServer(
    inTurn(
      { status: 400, body: failure([{ code: 1002, message: "Message is not quarantined" }]) },
      { status: 400, body: failure([{ code: 1001, message: "Expected an object" }]) },
      { status: 502, body: failure([{ code: 1500, message: "Internal server error" }]) },
    ),
  );
  const { client } = testClient(server);
  const refused = await rejectionOf(client.releaseMessages(["m1"]));
  expect(isCloudflareError(refused) && refused.message).toContain("Message is not quarantined");
  const failed = await rejectionOf(client.releaseMessages(["m2"]));
  expect(isCloudflareError(failed) && failed.status).toBe(502);
  expect(server.requests).toHaveLength(3);
});

it("reports by POST …/submissions, and falls back to reclassify where that endpoint is unknown", async () => {
  server = await startStubServer(
    inTurn(
      { status: 404, body: failure([{ code: 7000, message: "No route for that URI" }]) },
      { status: 202, body: envelope({}) },
      { status: 202, body: envelope({}) },
    ),
  );
  const { client } = testClient(server);
  expect(await client.submitReports([{ id: "m1", expectedDisposition: "NONE" }, { id: "m2", expectedDisposition: "NONE" }], "reclassification")).toEqual({ via: "reclassify" });
  expect(server.requests.map((request) => [request.path, request.body])).toEqual([
    [expect.stringMatching(/\/email-security\/submissions$/), `{"type":"reclassification","messages":[{"id":"m1","expected_disposition":"NONE"},{"id":"m2","expected_disposition":"NONE"}]}`],
    [expect.stringMatching(/\/investigate\/m1\/reclassify$/), `{"expected_disposition":"NONE"}`],
    [expect.stringMatching(/\/investigate\/m2\/reclassify$/), `{"expected_disposition":"NONE"}`],
  ]);
});

it("starts a bulk job over a search, reads its progress and cancels it, each at its own path", async () => {
  const job = { job_id: "5b6c3f5e-0000-4000-8000-000000000001", status: "PROCESSING", total_messages_discovered: 10, messages_pending: 6, messages_successful: 4 };
  const failedRow = { message_id: "m9", status: "FAILED", status_message: "move_failed", action_params: { type: "MOVE", client_recipient: "a@example.com" } };
  server = await startStubServer(
    inTurn(
      { status: 201, body: envelope({ ...job, status: "PENDING" }) },
      { body: envelope(job) },
      { body: envelope({ ...job, status: "CANCELLED", messages_cancelled: 6 }) },
      { body: envelope([failedRow]) },
    ),
  );
  const { client } = testClient(server);
  expect((await client.createBulkJob({ action: "MOVE", destination: "DeletedItems", searchParams: { query: "invoice", start: "2026-12-01T00:00:00Z" } })).status).toBe("PENDING");
  expect(await client.getBulkJob(job.job_id)).toMatchObject({ messages_successful: 4 });
  expect(await client.cancelBulkJob(job.job_id)).toMatchObject({ status: "CANCELLED", messages_cancelled: 6 });
  expect(await client.getBulkJobMessages(job.job_id, { status: "FAILED", perPage: 50 })).toEqual([failedRow]);
  expect(server.requests.map((request) => `${request.method} ${request.path.replace(/^.*\/investigate/, "")}`)).toEqual([
    "POST /bulk",
    `GET /bulk/${job.job_id}`,
    `POST /bulk/${job.job_id}/cancel`,
    `GET /bulk/${job.job_id}/messages`,
  ]);
  expect(server.requests[3]?.query.toString()).toBe("per_page=50&status=FAILED");
  expect(JSON.parse(server.requests[0]?.body ?? "{}")).toEqual({ action: "MOVE", destination: "DeletedItems", search_params: { query: "invoice", start: "2026-12-01T00:00:00Z" } });
});
