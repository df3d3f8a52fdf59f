import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upstreamMessageSchema } from "@/lib/cloudflare/schemas/message";
import { DISPOSITIONS } from "@/lib/cloudflare/schemas/enums";
import { parseInvestigateQuery } from "./contract/search-query";
import { createEmulator, type Emulator } from "./emulator";
import { renderWire } from "./generate/assemble";
import { HOSTILE_MESSAGE_IDS } from "./hostile-messages";
import { compileSearch } from "./search/filters";
import { runSearch } from "./search/run-search";
import { buildSearchIndex, indexSourceFromWire } from "@/lib/emulator/generate/search-index";
import { startEmulatorServer, type EmulatorServer } from "./server";
import { createStore } from "./store";
import { NOW, iso, search } from "./test-support";

// The default data set: valid wire objects, realistic proportions, the hostile messages, determinism.

let emulator: Emulator;
let server: EmulatorServer;

beforeAll(async () => {
  emulator = createEmulator({ now: NOW });
  console.log(`emulator: created ${emulator.messageCount} messages in ${emulator.createdInMs.toFixed(0)} ms`);
  server = await startEmulatorServer({ now: NOW, count: 1000 });
});
afterAll(() => server.close());

describe("default data", () => {
  it("has 20,000 messages that all pass upstreamMessageSchema", () => {
    expect(emulator.messages).toHaveLength(20_000);
    const failures = emulator.messages.filter((message) => !upstreamMessageSchema.safeParse(message).success);
    expect(failures.map((message) => message.id)).toEqual([]);
  });

  it("looks like a real mail flow", () => {
    const share = (disposition: string) => emulator.messages.filter((message) => message.final_disposition === disposition).length / emulator.messages.length;
    expect(share("NONE")).toBeGreaterThan(0.72);
    expect(share("NONE")).toBeLessThan(0.85);
    for (const disposition of DISPOSITIONS) expect(share(disposition)).toBeGreaterThan(0);
    expect(share("MALICIOUS")).toBeLessThan(share("SUSPICIOUS"));
    const spoofs = emulator.messages.filter((message) => message.final_disposition === "SPOOF");
    expect(spoofs.every((message) => message.validation?.dmarc === "fail")).toBe(true);
    const validations = emulator.messages.map((message) => message.validation);
    expect(validations.some((v) => v?.dmarc === "fail" && v.dkim === "pass")).toBe(true);
    expect(validations.some((v) => v?.dmarc === "pass" && v.dkim === "pass" && v.spf === "pass")).toBe(true);
    expect(validations.some((v) => v?.dmarc === "none" && v.dkim === "none" && v.spf === "none")).toBe(true);
    const malicious = emulator.messages.filter((message) => message.final_disposition === "MALICIOUS");
    expect(malicious.filter((message) => message.is_quarantined).length / malicious.length).toBeGreaterThan(0.6);
    expect(emulator.messages.some((message) => /micros0ft|paypa1/.test(message.from ?? ""))).toBe(true);
    expect(new Set(emulator.messages.flatMap((message) => message.to ?? []).filter((address) => address.endsWith("acme-corp.com"))).size).toBeGreaterThan(150);
    for (const message of emulator.messages.slice(0, 500)) {
      expect(message.postfix_id).toMatch(/^[0-9A-Za-z]{10,16}$/);
      expect(message.id).toMatch(new RegExp(`^${message.postfix_id}-\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d-[0-9a-f]{8}$`));
      if (message.alert_id) expect(message.id.startsWith(message.alert_id)).toBe(true);
      if (message.message_id) expect(message.message_id).toMatch(/^<.+>$/);
    }
    const withOld = emulator.messages.filter((message) => typeof message.ts === "string" && message.findings !== undefined);
    const newOnly = emulator.messages.filter((message) => message.ts === undefined && typeof message.scanned_at === "string");
    const oldOnly = emulator.messages.filter((message) => message.scanned_at === undefined && typeof message.ts === "string");
    expect(withOld.length).toBeGreaterThan(emulator.messages.length / 2);
    expect(newOnly.length).toBeGreaterThan(100);
    expect(oldOnly.length).toBeGreaterThan(100);
    expect(emulator.messages.some((message) => Object.keys(message).some((key) => !(key in upstreamMessageSchema.shape)))).toBe(true);
  });

  it("includes the hostile messages, found by a default (detections only) search", async () => {
    const hostile = emulator.messages.filter((message) => (Object.values(HOSTILE_MESSAGE_IDS) as string[]).includes(message.postfix_id));
    expect(hostile).toHaveLength(Object.keys(HOSTILE_MESSAGE_IDS).length);
    const text = JSON.stringify(hostile);
    for (const needle of ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", 'javascript:alert(1)', "<svg onload=", "\u202E", "\u200B", "QUARANTINED-HOLD", "SECURE_HOLD"]) expect(text).toContain(needle);
    expect(hostile.some((message) => message.subject?.length === 1000)).toBe(true);
    const nulls = hostile.find((message) => message.postfix_id === HOSTILE_MESSAGE_IDS.allNulls);
    expect(nulls).toMatchObject({ client_recipients: [], detection_reasons: [], action_log: [], subject: null, from: null, final_disposition: null, scanned_at: null, validation: null });

    // Over HTTP, in a data set of the default seed, with detections_only left at its default.
    const served = server.emulator.messages.filter((message) => (Object.values(HOSTILE_MESSAGE_IDS) as string[]).includes(message.postfix_id));
    for (const message of served) {
      const time = Date.parse(`${message.ts ?? ""}Z`);
      const page = await search(server, { start: iso(time - 1000), end: iso(time + 1000) });
      expect(page.messages.map((found) => found.id)).toContain(message.id);
    }
    expect((await search(server, { query: "onerror=alert(1)" })).messages.length).toBeGreaterThan(0);
    expect((await search(server, { query: "fdp.exe" })).messages.length).toBeGreaterThan(0);
  });

  it("is deterministic for the same seed and now, and differs with the seed", () => {
    const first = JSON.stringify(createEmulator({ seed: 42, count: 1500, now: NOW }).messages);
    expect(JSON.stringify(createEmulator({ seed: 42, count: 1500, now: NOW }).messages)).toBe(first);
    expect(JSON.stringify(createEmulator({ seed: 43, count: 1500, now: NOW }).messages)).not.toBe(first);
  });

  it("rebuilds the same message and index when a record's facts are recomputed", () => {
    const store = createStore({ seed: 1, count: 3000, now: NOW.getTime() });
    for (const record of store.records) {
      const again = renderWire(record.facts);
      if (record.message.postfix_id.startsWith("7")) continue; // hostile: patched on top
      expect(again).toEqual(record.message);
      expect(buildSearchIndex(indexSourceFromWire(again), { cc: record.facts.draft.cc.map((person) => person.address), attachments: record.facts.attachments, links: record.facts.draft.links, stamp: record.facts.stamp, sentStamp: record.facts.sentStamp })).toEqual(record.index);
    }
  });

  it("searches 20,000 messages quickly (timing printed, not asserted)", () => {
    const store = createStore({ seed: 1, count: 20_000, now: NOW.getTime() });
    const cases: Record<string, string>[] = [{}, { detections_only: "false", query: "invoice acme" }, { detections_only: "false", domain: "acme-corp.com", subject: "review" }];
    for (const raw of cases) {
      const parsed = parseInvestigateQuery(new URLSearchParams(raw), NOW.getTime());
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      const compiled = compileSearch(parsed.search, NOW.getTime());
      const started = performance.now();
      const page = runSearch(store, compiled, 100, null);
      console.log(`emulator: search ${JSON.stringify(raw)} → ${page.records.length} in ${(performance.now() - started).toFixed(1)} ms`);
    }
  });
});
