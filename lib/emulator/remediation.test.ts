import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { actionLogSchema } from "@/lib/cloudflare/schemas/message-extras";
import { upstreamMessageSchema, type UpstreamMessageInput } from "@/lib/cloudflare/schemas/message";
import { HOSTILE_MESSAGE_IDS } from "./hostile-messages";
import { startEmulatorServer, type EmulatorServer } from "./server";
import { EMULATOR_READ_ONLY_TOKEN } from "./constants";
import { NOW, accountBase, call } from "./test-support";

// Moves and releases change what the emulator says of a message afterwards: its delivery status, its
// post-delivery operations and its action log, in the message and in search results.

let server: EmulatorServer;
let base: string;
let messages: readonly UpstreamMessageInput[];
const result = (json: unknown) => z.object({ success: z.literal(true), result: z.unknown() }).parse(json).result;
const hostile = new Set<string>(Object.values(HOSTILE_MESSAGE_IDS));
const pick = (predicate: (message: UpstreamMessageInput) => boolean) => {
  const found = messages.find((message) => !hostile.has(message.postfix_id) && predicate(message));
  if (!found) throw new Error("no message fits the test");
  return found;
};
const post = (path: string, body: unknown) => call(`${base}/investigate${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const detail = async (id: string) => upstreamMessageSchema.parse(result((await call(`${base}/investigate/${encodeURIComponent(id)}`)).json));

beforeAll(async () => {
  server = await startEmulatorServer({ seed: 9, count: 3000, now: NOW });
  base = accountBase(server);
  messages = server.emulator.messages;
});
afterAll(() => server.close());

describe("move", () => {
  it("moves a delivered message for every recipient, and says so in the message, its action log and search results", async () => {
    const message = pick((m) => (m.delivery_status ?? []).join() === "delivered" && (m.to ?? []).length > 1 && m.post_delivery_operations !== undefined);
    const answer = await post(`/${encodeURIComponent(message.id)}/move`, { destination: "DeletedItems" });
    expect(answer.status).toBe(200);
    const moved = z.array(z.object({ success: z.boolean(), recipient: z.string(), destination: z.string(), operation: z.string() })).parse(result(answer.json));
    expect(moved.map((one) => one.recipient).sort()).toEqual([...(message.to ?? [])].sort());
    expect(moved.every((one) => one.success && one.destination === "DeletedItems" && one.operation === "MOVE")).toBe(true);

    const after = await detail(message.id);
    expect(after.delivery_status).toEqual(["moved"]);
    expect(after.post_delivery_operations).toContain("MOVE");
    const log = actionLogSchema.parse(result((await call(`${base}/investigate/${encodeURIComponent(message.id)}/action_log`)).json));
    expect(log.at(-1)).toMatchObject({ operation: "MOVE", success: true, properties: { destination: "DeletedItems" } });

    // Back to the inbox: delivered again.
    expect((await post(`/${encodeURIComponent(message.id)}/move`, { destination: "Inbox" })).status).toBe(200);
    expect((await detail(message.id)).delivery_status).toEqual(["delivered"]);
  });

  it("refuses a quarantined message, a destination it does not know, and an id it does not have", async () => {
    const quarantined = pick((m) => m.is_quarantined === true);
    expect((await post(`/${encodeURIComponent(quarantined.id)}/move`, { destination: "JunkEmail" })).status).toBe(400);
    const delivered = pick((m) => (m.delivery_status ?? []).join() === "delivered");
    expect((await post(`/${encodeURIComponent(delivered.id)}/move`, { destination: "Trash" })).status).toBe(400);
    expect((await post(`/not-a-message/move`, { destination: "Inbox" })).status).toBe(404);
  });

  it("moves many by ids, and refuses postfix_ids, which ended", async () => {
    const some = messages.filter((m) => !hostile.has(m.postfix_id) && (m.delivery_status ?? []).join() === "delivered").slice(10, 13);
    const answer = await post("/move", { destination: "JunkEmail", ids: some.map((m) => m.id) });
    expect(answer.status).toBe(200);
    expect(new Set(z.array(z.object({ message_id: z.string() })).parse(result(answer.json)).map((one) => one.message_id)).size).toBe(3);
    expect((await post("/move", { destination: "JunkEmail", postfix_ids: some.map((m) => m.postfix_id) })).status).toBe(400);
    expect((await post("/move", { destination: "JunkEmail", ids: Array.from({ length: 1001 }, (_, i) => `id-${i}`) })).status).toBe(400);
  });
});

describe("release", () => {
  it("delivers a quarantined message to its recipients, with the new body and the old bare array alike", async () => {
    const [first, second] = messages.filter((m) => !hostile.has(m.postfix_id) && m.is_quarantined === true);
    if (!first || !second) throw new Error("too few quarantined messages");
    const answer = await post("/release", { ids: [first.id] });
    expect(answer.status).toBe(200);
    expect(result(answer.json)).toEqual([{ id: first.id, postfix_id: first.postfix_id, delivered: first.to, failed: [], undelivered: [] }]);
    expect(await detail(first.id)).toMatchObject({ is_quarantined: false });
    expect((await post("/release", [second.id])).status).toBe(200);
    // Released already: nothing is left to deliver.
    expect(result((await post("/release", [first.id])).json)).toEqual([{ id: first.id, postfix_id: first.postfix_id, delivered: [], failed: [], undelivered: first.to }]);
  });
});

describe("a read-only token", () => {
  it("reads, and is refused every action with Cloudflare's 403", async () => {
    const readOnly = { authorization: `Bearer ${EMULATOR_READ_ONLY_TOKEN}` };
    const delivered = pick((m) => (m.delivery_status ?? []).join() === "delivered");
    expect((await call(`${base}/investigate/${encodeURIComponent(delivered.id)}`, { headers: readOnly })).status).toBe(200);
    const move = await call(`${base}/investigate/${encodeURIComponent(delivered.id)}/move`, { method: "POST", headers: { ...readOnly, "content-type": "application/json" }, body: JSON.stringify({ destination: "Inbox" }) });
    expect(move.status).toBe(403);
    const release = await call(`${base}/investigate/release`, { method: "POST", headers: { ...readOnly, "content-type": "application/json" }, body: JSON.stringify({ ids: [delivered.id] }) });
    expect(release.status).toBe(403);
  });
});

describe("submissions", () => {
  it("takes a report by the new endpoint and by reclassify, and lists each, reviewed with an outcome a little later", async () => {
    const [first, second] = messages.filter((m) => !hostile.has(m.postfix_id) && m.final_disposition === "SPAM");
    if (!first || !second) throw new Error("too few spam messages");
    const submitted = await call(`${base}/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "reclassification", messages: [{ id: first.id, expected_disposition: "NONE" }] }),
    });
    expect(submitted.status).toBe(202);
    const legacy = await post(`/${encodeURIComponent(second.id)}/reclassify`, { expected_disposition: "BULK" });
    expect(legacy.status).toBe(202);
    expect(result(legacy.json)).toEqual({});
    const listed = z.array(z.object({ original_postfix_id: z.string(), requested_disposition: z.string(), status: z.string(), outcome: z.string().nullable() })).parse(result((await call(`${base}/submissions`)).json));
    expect(listed.slice(0, 2).map((one) => [one.original_postfix_id, one.requested_disposition, one.status])).toEqual([
      [second.postfix_id, "BULK", "pending"],
      [first.postfix_id, "NONE", "pending"],
    ]);
    const log = actionLogSchema.parse(result((await call(`${base}/investigate/${encodeURIComponent(first.id)}/action_log`)).json));
    expect(log.at(-1)).toMatchObject({ operation: "SUBMISSION", properties: { expected_disposition: "NONE" } });
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const later = z.array(z.object({ status: z.string(), outcome: z.string().nullable() })).parse(result((await call(`${base}/submissions`)).json));
    expect(later.slice(0, 2).every((one) => one.status === "reviewed" && one.outcome !== null)).toBe(true);
  });

  it("an account without the new endpoint answers 404 there, and reclassify still works", async () => {
    const legacy = await startEmulatorServer({ seed: 9, count: 300, now: NOW, legacySubmissions: true });
    try {
      const one = legacy.emulator.messages.find((m) => !hostile.has(m.postfix_id));
      if (!one) throw new Error("no message");
      const legacyBase = accountBase(legacy);
      const body = JSON.stringify({ type: "reclassification", messages: [{ id: one.id, expected_disposition: "NONE" }] });
      expect((await call(`${legacyBase}/submissions`, { method: "POST", headers: { "content-type": "application/json" }, body })).status).toBe(404);
      const reclassify = await call(`${legacyBase}/investigate/${encodeURIComponent(one.id)}/reclassify`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ expected_disposition: "NONE" }) });
      expect(reclassify.status).toBe(202);
    } finally {
      await legacy.close();
    }
  });
});

describe("bulk jobs", () => {
  it("discover a search's messages, process them over time, and stop where they are when cancelled", async () => {
    const jobs = await startEmulatorServer({ seed: 9, count: 3000, now: NOW, bulkJobs: { discoverMs: 100, perSecond: 20 } });
    try {
      const jobBase = `${accountBase(jobs)}/investigate/bulk`;
      const json = { "content-type": "application/json" };
      const job = z.object({ job_id: z.string(), status: z.string(), total_messages_discovered: z.number(), messages_pending: z.number(), messages_successful: z.number(), messages_failed: z.number(), messages_skipped: z.number(), messages_cancelled: z.number() });
      const start = new Date(NOW.getTime() - 30 * 86_400_000).toISOString().replace(/\.\d+Z$/, "Z");
      const created = await call(jobBase, { method: "POST", headers: json, body: JSON.stringify({ action: "MOVE", destination: "JunkEmail", search_params: { start, end: NOW.toISOString().replace(/\.\d+Z$/, "Z"), final_disposition: "SPAM" } }) });
      expect(created.status).toBe(201);
      const first = job.parse(result(created.json));
      expect(first.status).toBe("DISCOVERING");
      await new Promise((resolve) => setTimeout(resolve, 700));
      const cancelled = await call(`${jobBase}/${first.job_id}/cancel`, { method: "POST", headers: json, body: "{}" });
      expect(cancelled.status).toBe(200);
      const stopped = job.parse(result(cancelled.json));
      expect(stopped.status).toBe("CANCELLED");
      const done = stopped.messages_successful + stopped.messages_failed + stopped.messages_skipped;
      expect(done).toBeGreaterThan(0);
      expect(stopped.messages_cancelled).toBeGreaterThan(0);
      expect(done + stopped.messages_cancelled + stopped.messages_pending).toBe(stopped.total_messages_discovered);
      await new Promise((resolve) => setTimeout(resolve, 300));
      // Counters stop; what the job had not reached is untouched.
      expect(job.parse(result((await call(`${jobBase}/${first.job_id}`)).json))).toEqual(stopped);
      const row = z.object({ message_id: z.string(), status: z.string(), status_message: z.string().nullable() });
      const rows = z.array(row).parse(result((await call(`${jobBase}/${first.job_id}/messages?per_page=1000`)).json));
      expect(rows).toHaveLength(stopped.total_messages_discovered);
      const processed = rows.filter((one) => one.status !== "CANCELLED");
      expect(processed).toHaveLength(done);
      expect(rows.filter((one) => one.status === "CANCELLED")).toHaveLength(stopped.messages_cancelled);
      // A skipped message says why; the status filter and paging are Cloudflare's.
      for (const skipped of rows.filter((one) => one.status === "SKIPPED")) expect(skipped.status_message).toMatch(/quarantine|not delivered/);
      const page = z.array(row).parse(result((await call(`${jobBase}/${first.job_id}/messages?status=CANCELLED&per_page=2&page=2`)).json));
      expect(page.map((one) => one.message_id)).toEqual(rows.filter((one) => one.status === "CANCELLED").slice(2, 4).map((one) => one.message_id));
      const spam = jobs.emulator.messages.filter((m) => m.final_disposition === "SPAM" && (m.scanned_at ?? "") >= start);
      const untouched = spam.find((m) => !processed.some((p) => p.message_id === m.id) && (m.delivery_status ?? []).join() === "delivered");
      if (untouched) expect(upstreamMessageSchema.parse(result((await call(`${accountBase(jobs)}/investigate/${encodeURIComponent(untouched.id)}`)).json)).delivery_status).toEqual(["delivered"]);
      expect((await call(`${jobBase}/${first.job_id}/cancel`, { method: "POST", headers: json, body: "{}" })).status).toBe(400);
      expect((await call(`${jobBase}/${first.job_id}`, { method: "DELETE" })).status).toBe(200);
      expect((await call(`${jobBase}/${first.job_id}`)).status).toBe(404);
    } finally {
      await jobs.close();
    }
  });
});
