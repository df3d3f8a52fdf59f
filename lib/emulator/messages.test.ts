import { inflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { detectionsSchema } from "@/lib/cloudflare/schemas/detections";
import { actionLogSchema, previewSchema, rawSchema, traceSchema } from "@/lib/cloudflare/schemas/message-extras";
import { upstreamMessageSchema, type UpstreamMessageInput } from "@/lib/cloudflare/schemas/message";
import { HOSTILE_MESSAGE_IDS } from "./hostile-messages";
import { startEmulatorServer, type EmulatorServer } from "./server";
import { NOW, accountBase, call, errorCodes } from "./test-support";

// One message and its views, and the 404 envelopes around them.

let server: EmulatorServer;
let base: string;
let messages: readonly UpstreamMessageInput[];
const result = (json: unknown) => z.object({ success: z.literal(true), result: z.unknown() }).parse(json).result;
const hostile = new Set<string>(Object.values(HOSTILE_MESSAGE_IDS));
function pick(predicate: (message: UpstreamMessageInput) => boolean): UpstreamMessageInput {
  const found = messages.find((message) => !hostile.has(message.postfix_id) && predicate(message));
  if (!found) throw new Error("no message fits the test");
  return found;
}

beforeAll(async () => {
  server = await startEmulatorServer({ seed: 9, count: 3000, now: NOW });
  base = accountBase(server);
  messages = server.emulator.messages;
});
afterAll(() => server.close());

function decodePng(base64: string) {
  const png = Buffer.from(base64, "base64");
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idatLength = png.readUInt32BE(33);
  expect(png.subarray(37, 41).toString("ascii")).toBe("IDAT");
  const pixels = inflateSync(png.subarray(41, 41 + idatLength));
  expect(pixels.length).toBe((width * 3 + 1) * height);
  return { width, height, pixels, png };
}

describe("GET investigate/{id}", () => {
  it("answers the same message for the investigate id and the bare postfix id", async () => {
    const target = pick((message) => message.final_disposition === "MALICIOUS");
    const byId = await call(`${base}/investigate/${encodeURIComponent(target.id)}`);
    const byPostfix = await call(`${base}/investigate/${target.postfix_id}`);
    expect(byId.status).toBe(200);
    expect(upstreamMessageSchema.parse(result(byId.json))).toEqual(target);
    expect(byPostfix.json).toEqual(byId.json);
    expect(byId.headers.get("content-type")).toBe("application/json");
    expect((await call(`${base}/investigate/${target.id}`)).json).toEqual(byId.json);
  });

  it("honours submission=true", async () => {
    const reported = pick((message) => message.is_phish_submission === true);
    const ordinary = pick((message) => message.is_phish_submission === false);
    expect((await call(`${base}/investigate/${reported.id}?submission=true`)).status).toBe(200);
    expect((await call(`${base}/investigate/${ordinary.id}?submission=true`)).status).toBe(404);
    expect((await call(`${base}/investigate/${ordinary.id}?submission=false`)).status).toBe(200);
    expect((await call(`${base}/investigate/${ordinary.id}?submission=yes`)).status).toBe(400);
  });

  it("answers 404 envelopes for an unknown id, another account and an unknown path", async () => {
    const unknown = await call(`${base}/investigate/4NoSuchMessage0000`);
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ success: false, result: null, messages: [] });
    expect(errorCodes(unknown)).toEqual([1404]);

    const other = await call(`${server.baseUrl}/accounts/ffffffffffffffffffffffffffffffff/email-security/investigate`);
    expect(other.status).toBe(404);
    expect(errorCodes(other)).toEqual([7003, 7000]);
    expect(other.text).toContain("Could not route to /accounts/ffffffffffffffffffffffffffffffff/email-security/investigate, perhaps your object identifier is invalid?");

    for (const path of [`${base}/investigations`, `${base}/investigate/${messages[0]?.id ?? ""}/body`, `${server.baseUrl}/zones`, `${server.url}/nothing`]) {
      const answer = await call(path);
      expect(answer.status).toBe(404);
      expect(errorCodes(answer)).toEqual([7000]);
    }
    expect(errorCodes(await call(`${base}/investigate`, { method: "DELETE" }))).toEqual([7000]);
  });
});

describe("sub-resources pass the app's schemas", () => {
  it("detections", async () => {
    const target = pick((message) => message.final_disposition === "MALICIOUS" && (message.findings?.length ?? 0) > 0);
    const answer = await call(`${base}/investigate/${target.id}/detections`);
    const detections = detectionsSchema.parse(result(answer.json));
    expect(detections.final_disposition).toBe("MALICIOUS");
    expect(detections.threat_categories?.every((category) => typeof category.id === "number" && category.description)).toBe(true);
    expect(detections.sender_info?.ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(detections.validation).toEqual(target.validation);
    const benign = pick((message) => message.final_disposition === "NONE");
    expect(detectionsSchema.parse(result((await call(`${base}/investigate/${benign.id}/detections`)).json)).findings).toEqual([]);
  });

  it("action_log, with page and per_page", async () => {
    const target = pick((message) => (message.post_delivery_operations?.length ?? 0) >= 2);
    const full = actionLogSchema.parse(result((await call(`${base}/investigate/${target.id}/action_log`)).json));
    expect(full.map((entry) => entry.operation)).toEqual(expect.arrayContaining(target.post_delivery_operations ?? []));
    const second = actionLogSchema.parse(result((await call(`${base}/investigate/${target.id}/action_log?page=2&per_page=1`)).json));
    expect(second).toEqual([full[1]]);
    expect((await call(`${base}/investigate/${target.id}/action_log?per_page=0`)).status).toBe(400);
  });

  it("trace", async () => {
    const target = pick((message) => message.delivery_status?.includes("delivered") === true);
    const trace = traceSchema.parse(result((await call(`${base}/investigate/${target.id}/trace`)).json));
    const lines = trace.inbound?.lines ?? [];
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.map((line) => line.lineno)).toEqual(lines.map((_, index) => index + 1));
    expect(lines.every((line) => line.logged_at && line.ts && line.logged_at.startsWith(line.ts))).toBe(true);
    expect(trace.outbound?.lines?.some((line) => line.message?.includes("status=sent"))).toBe(true);
  });

  it("raw: an EML for detections, 404 for benign mail", async () => {
    const target = pick((message) => message.final_disposition === "MALICIOUS" && /Attachment/.test((message.detection_reasons ?? []).join(" ")));
    const { raw } = rawSchema.parse(result((await call(`${base}/investigate/${target.id}/raw`)).json));
    for (const header of ["Received: from ", "Authentication-Results: ", "Message-ID: ", "Date: ", "From: ", "To: ", "Subject: ", "MIME-Version: 1.0", "Content-Type: multipart/mixed"]) {
      expect(raw).toContain(header);
    }
    expect(raw).toContain(`Message-ID: ${target.message_id ?? ""}`);
    expect(raw).toContain("Content-Transfer-Encoding: base64");
    const detections = detectionsSchema.parse(result((await call(`${base}/investigate/${target.id}/detections`)).json));
    const attachment = detections.attachments?.[0];
    const part = raw.split(/--[0-9a-f]{24}/).find((section) => section.includes(`filename="${attachment?.name ?? ""}"`)) ?? "";
    const bytes = Buffer.from(part.split("\r\n\r\n")[1] ?? "", "base64");
    expect(bytes.length).toBe(attachment?.size);
    expect((await import("node:crypto")).createHash("sha256").update(bytes).digest("hex")).toBe(attachment?.sha256);

    const benign = pick((message) => message.final_disposition === "NONE");
    const refused = await call(`${base}/investigate/${benign.id}/raw`);
    expect(refused.status).toBe(404);
    expect(errorCodes(refused)).toEqual([1404]);
  });

  it("preview: a real PNG, the same for the same message; benign mail via POST", async () => {
    const target = pick((message) => message.final_disposition === "SUSPICIOUS");
    const { screenshot } = previewSchema.parse(result((await call(`${base}/investigate/${target.id}/preview`)).json));
    const { width, height, pixels, png } = decodePng(screenshot);
    expect(width).toBeGreaterThan(100);
    expect(height).toBeGreaterThan(100);
    expect(new Set(pixels).size).toBeGreaterThan(10);
    expect(png.length).toBeLessThan(20_000);
    expect(previewSchema.parse(result((await call(`${base}/investigate/${target.postfix_id}/preview`)).json)).screenshot).toBe(screenshot);

    const benign = pick((message) => message.final_disposition === "NONE");
    expect((await call(`${base}/investigate/${benign.id}/preview`)).status).toBe(404);
    const posted = await call(`${base}/investigate/preview`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ postfix_id: benign.postfix_id }) });
    expect(posted.status).toBe(200);
    decodePng(previewSchema.parse(result(posted.json)).screenshot);
    // The newest body names it by investigate id: the same image.
    const byId = await call(`${base}/investigate/preview`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ id: benign.id }) });
    expect(previewSchema.parse(result(byId.json)).screenshot).toBe(previewSchema.parse(result(posted.json)).screenshot);
    expect((await call(`${base}/investigate/preview`, { method: "POST", body: "{}" })).status).toBe(400);
    expect((await call(`${base}/investigate/preview`, { method: "POST", body: "not json" })).status).toBe(400);
    expect((await call(`${base}/investigate/preview`, { method: "POST", body: JSON.stringify({ postfix_id: "4NoSuchMessage0000" }) })).status).toBe(404);
  });
});
