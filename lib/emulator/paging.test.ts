import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UpstreamMessageInput } from "@/lib/cloudflare/schemas/message";
import { createEmulator } from "./emulator";
import { startEmulatorServer, type EmulatorServer } from "./server";
import { DAY, NOW, accountBase, call, errorCodes, iso, search, searchAll } from "./test-support";

// Keyset pagination: every match exactly once, in a stable order, whatever the page size.

let server: EmulatorServer;
let messages: readonly UpstreamMessageInput[];
const scanned = (message: UpstreamMessageInput) => Date.parse(message.scanned_at ?? `${message.ts ?? ""}Z`);

beforeAll(async () => {
  server = await startEmulatorServer({ seed: 11, count: 5000, now: NOW, slowSearch: false });
  messages = server.emulator.messages;
});
afterAll(() => server.close());

describe("cursor paging", () => {
  it("visits every match exactly once, newest first, ties broken by id", async () => {
    const start = NOW.getTime() - 12 * DAY;
    const end = NOW.getTime() - 2 * DAY;
    const params = { detections_only: false, start: iso(start), end: iso(end), per_page: 97 };
    const walked = await searchAll(server, params);
    const expected = messages.filter((message) => scanned(message) >= start && scanned(message) <= end);
    expect(expected.length).toBeGreaterThan(1000);
    expect(walked.map((message) => message.id)).toEqual(expected.map((message) => message.id));
    expect(new Set(walked.map((message) => message.id)).size).toBe(walked.length);
    for (let i = 1; i < walked.length; i++) {
      const [previous, current] = [walked[i - 1] as UpstreamMessageInput, walked[i] as UpstreamMessageInput];
      const order = scanned(previous) - scanned(current) || (previous.id > current.id ? 1 : -1);
      expect(order).toBeGreaterThan(0);
    }
    expect(walked.some((message, i) => i > 0 && scanned(message) === scanned(walked[i - 1] as UpstreamMessageInput))).toBe(true);
  });

  it("gives the same sequence with a filter, whatever the page size", async () => {
    const big = await searchAll(server, { final_disposition: "BULK", per_page: 1000 });
    const small = await searchAll(server, { final_disposition: "BULK", per_page: 7 });
    expect(small.map((message) => message.id)).toEqual(big.map((message) => message.id));
    expect(big.map((message) => message.id)).toEqual(messages.filter((message) => message.final_disposition === "BULK").map((message) => message.id));
  });

  it("reports result_info with page and total_count 0 and a null next at the end", async () => {
    const answer = await call(`${accountBase(server)}/investigate?final_disposition=SPOOF&per_page=1000`);
    const info = (answer.json as { result_info: Record<string, unknown> }).result_info;
    expect(info).toMatchObject({ per_page: 1000, page: 0, total_count: 0, next: null, previous: null });
    expect(info.count).toBe(messages.filter((message) => message.final_disposition === "SPOOF").length);
  });

  it("goes back with result_info.previous", async () => {
    const first = await search(server, { final_disposition: "SPAM", per_page: 10 });
    expect(first.previous).toBeNull();
    const second = await search(server, { final_disposition: "SPAM", per_page: 10, cursor: first.next ?? "" });
    expect(second.previous).not.toBeNull();
    const back = await search(server, { final_disposition: "SPAM", per_page: 10, cursor: second.previous ?? "" });
    expect(back.messages.map((message) => message.id)).toEqual(first.messages.map((message) => message.id));
    expect(back.previous).toBeNull();
  });

  it("rejects a malformed or tampered cursor with 400", async () => {
    const first = await search(server, { per_page: 5 });
    const cursor = first.next ?? "";
    for (const bad of ["garbage", `${cursor.slice(0, -1)}x`, `A${cursor}`, cursor.split(".")[0] ?? ""]) {
      const answer = await call(`${accountBase(server)}/investigate?per_page=5&cursor=${encodeURIComponent(bad)}`);
      expect(answer.status).toBe(400);
      expect(errorCodes(answer)).toEqual([1400]);
    }
  });

  it("works through emulator.fetch too", async () => {
    const emulator = createEmulator({ seed: 3, count: 300, now: NOW, slowSearch: false });
    const base = `https://emulator.invalid/client/v4/accounts/${emulator.options.accountId}/email-security/investigate?detections_only=false&per_page=50`;
    const seen: string[] = [];
    let url = base;
    for (let guard = 0; guard < 20; guard++) {
      const response = await emulator.fetch(url, { headers: { authorization: "Bearer emulator-token" } });
      const body = (await response.json()) as { result: { id: string }[]; result_info: { next: string | null } };
      seen.push(...body.result.map((message) => message.id));
      if (!body.result_info.next) break;
      url = `${base}&cursor=${encodeURIComponent(body.result_info.next)}`;
    }
    expect(seen).toEqual(emulator.messages.map((message) => message.id));
  });
});
