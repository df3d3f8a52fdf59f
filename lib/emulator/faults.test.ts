import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { envelopeHeadSchema } from "@/lib/cloudflare/schemas/envelope";
import { upstreamMessageSchema } from "@/lib/cloudflare/schemas/message";
import { z } from "zod";
import { startEmulatorServer, type EmulatorServer } from "./server";
import { BEARER, NOW, accountBase, call, errorCodes } from "./test-support";

// Each fault, switched on per test over real HTTP; `match` keeps them to the test's own query.

let server: EmulatorServer;
let base: string;
const at = (tag: string) => `${base}/investigate?query=${tag}&detections_only=false&per_page=3`;

beforeAll(async () => {
  server = await startEmulatorServer({ seed: 4, count: 600, now: NOW, slowSearch: false });
  base = accountBase(server);
});
afterEach(() => server.emulator.clearFaults());
afterAll(() => server.close());

describe("faults", () => {
  it("latencyMs delays the answer", async () => {
    server.emulator.addFault({ match: "query=slowpoke", latencyMs: 300 });
    const started = performance.now();
    expect((await call(at("slowpoke"))).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    const quick = performance.now();
    await call(at("other"));
    expect(performance.now() - quick).toBeLessThan(290);
  });

  it("pendingPolls answers 202 for N polls, then 200", async () => {
    server.emulator.addFault({ match: "query=polls", pendingPolls: 2 });
    const first = await call(at("polls"));
    expect(first.status).toBe(202);
    const poll = new URL(first.headers.get("location") ?? "", server.url).toString();
    expect((await call(poll)).status).toBe(202);
    expect((await call(poll)).status).toBe(202);
    expect((await call(poll)).status).toBe(200);
    expect((await call(poll)).status).toBe(200);
  });

  it("pendingForever never becomes ready", async () => {
    server.emulator.addFault({ match: "query=forever", pendingForever: true });
    const first = await call(at("forever"));
    const poll = new URL(first.headers.get("location") ?? "", server.url).toString();
    for (let i = 0; i < 5; i++) expect((await call(poll)).status).toBe(202);
  });

  it("rateLimited answers 429 with the given retry-after", async () => {
    server.emulator.addFault({ match: "query=throttle", rateLimited: { retryAfterSeconds: 42 } });
    const answer = await call(at("throttle"));
    expect(answer.status).toBe(429);
    expect(answer.headers.get("retry-after")).toBe("42");
    expect(errorCodes(answer)).toEqual([971]);
    expect(answer.headers.get("ratelimit")).toMatch(/^"default";r=\d+;t=\d+$/);
  });

  it("serverError answers the status, at a deterministic rate", async () => {
    server.emulator.addFault({ match: "query=broken", serverError: { status: 503 } });
    const answer = await call(at("broken"));
    expect(answer.status).toBe(503);
    expect(errorCodes(answer)).toEqual([1500]);
    server.emulator.addFault({ match: "query=flaky", serverError: { rate: 0.25 } });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await call(at("flaky"))).status);
    expect(statuses).toEqual([200, 200, 200, 500, 200, 200, 200, 500]);
  });

  it.each([
    ["truncated-json", (text: string) => expect(() => JSON.parse(text) as unknown).toThrow()],
    ["html", (text: string) => expect(text).toMatch(/^<!DOCTYPE html>/)],
    ["schema-violation", (text: string) => {
      const body = z.object({ success: z.literal(true), result: z.unknown() }).parse(JSON.parse(text));
      expect(z.array(upstreamMessageSchema).safeParse(body.result).success).toBe(false);
    }],
    ["success-false", (text: string) => expect(envelopeHeadSchema.parse(JSON.parse(text)).success).toBe(false)],
  ] as const)("body %s", async (kind, check) => {
    server.emulator.addFault({ match: `query=body-${kind}`, body: kind });
    const answer = await call(at(`body-${kind}`));
    expect(answer.status).toBe(200);
    check(answer.text);
    expect(answer.headers.get("content-type")).toBe(kind === "html" ? "text/html; charset=UTF-8" : "application/json");
  });

  it("unreadable-messages makes the first result fail its schema and nests a field of the second 5,000 deep", async () => {
    server.emulator.addFault({ match: "per_page=4", body: "unreadable-messages" });
    const answer = await call(`${base}/investigate?detections_only=false&per_page=4`);
    const result = z.object({ result: z.array(z.record(z.string(), z.unknown())) }).parse(JSON.parse(answer.text)).result;
    expect(result).toHaveLength(4);
    expect(upstreamMessageSchema.safeParse(result[0]).success).toBe(false);
    expect(typeof result[0]?.id).toBe("string");
    let depth = 0;
    for (let value = result[1]?.deep_unknown_field; typeof value === "object" && value !== null; value = (value as { a: unknown }).a) depth++;
    expect(depth).toBe(5_000);
  });

  it("hugeBody sends that many bytes, made as they are read, starting like a real answer", async () => {
    server.emulator.addFault({ match: "query=huge", hugeBody: { bytes: 3_000_000 } });
    const answer = await call(at("huge"));
    expect(answer.status).toBe(200);
    expect(answer.text.length).toBe(3_000_000);
    expect(answer.text.startsWith('{"success":true')).toBe(true);
    expect(() => JSON.parse(answer.text) as unknown).not.toThrow();
  });

  it("hugeBody with stall sends its start and then waits for the reader to leave", async () => {
    server.emulator.addFault({ match: "query=stall", hugeBody: { bytes: 3_000_000, stall: true } });
    const controller = new AbortController();
    const response = await fetch(at("stall"), { headers: BEARER, signal: controller.signal });
    const reader = response.body?.getReader();
    const first = await reader?.read();
    expect(new TextDecoder().decode(first?.value)).toMatch(/^\{"success":true/);
    controller.abort();
    await expect(reader?.read()).rejects.toThrow();
  });

  it("hang never answers, and the client's abort ends it", async () => {
    server.emulator.addFault({ match: "query=hang", hang: true });
    const controller = new AbortController();
    const pending = fetch(at("hang"), { headers: BEARER, signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    await expect(pending).rejects.toThrow();
    // The embedded emulator honours the signal directly too.
    const direct = new AbortController();
    const answer = server.emulator.fetch(at("hang"), { headers: BEARER, signal: direct.signal });
    direct.abort();
    await expect(answer).rejects.toThrow();
    server.emulator.clearFaults();
    expect((await call(at("hang"))).status).toBe(200);
  });

  it("location sends the given Location verbatim on 202", async () => {
    server.emulator.addFault({ match: "query=evil", location: "https://evil.example/steal?x=1" });
    const answer = await call(at("evil"));
    expect(answer.status).toBe(202);
    expect(answer.headers.get("location")).toBe("https://evil.example/steal?x=1");
  });

  it("match scopes a fault, and times drops it after N requests", async () => {
    server.emulator.addFault({ match: "query=twice", serverError: {}, times: 2 });
    expect((await call(at("once"))).status).toBe(200);
    expect((await call(at("twice"))).status).toBe(500);
    expect((await call(at("twice"))).status).toBe(500);
    expect((await call(at("twice"))).status).toBe(200);
    expect(server.emulator.faults).toEqual([]);
  });

  it("applies to message routes too, and leaves auth alone", async () => {
    const id = server.emulator.messages[0]?.id ?? "";
    server.emulator.addFault({ match: id, body: "schema-violation" });
    const answer = await call(`${base}/investigate/${id}`);
    expect(upstreamMessageSchema.safeParse((answer.json as { result: unknown }).result).success).toBe(false);
    server.emulator.setFaults([{ serverError: {} }]);
    const unauthenticated = await fetch(`${base}/investigate`);
    expect(unauthenticated.status).toBe(401);
  });
});
