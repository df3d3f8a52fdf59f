import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UpstreamMessageInput } from "@/lib/cloudflare/schemas/message";
import { detectionsSchema } from "@/lib/cloudflare/schemas/detections";
import { isDetectionDisposition } from "./detection-rule";
import { HOSTILE_MESSAGE_IDS } from "./hostile-messages";
import { startEmulatorServer, type EmulatorServer } from "./server";
import { DAY, NOW, accountBase, call, errorCodes, iso, search, searchAll, searchUrl } from "./test-support";

// Each search parameter's meaning, over real HTTP, with a positive and a negative case.

let server: EmulatorServer;
let messages: readonly UpstreamMessageInput[];
const ALL = { detections_only: false, per_page: 1000 } as const;
const ids = (list: readonly { id: string }[]) => list.map((message) => message.id);
const domainOf = (address: string | null | undefined) => address?.split("@")[1]?.toLowerCase() ?? "";
const operations = (message: UpstreamMessageInput) => [
  ...(message.post_delivery_operations ?? []),
  ...(Array.isArray(message.action_log) ? (message.action_log as { operation?: string }[]).map((entry) => entry.operation) : []),
];
function pick(predicate: (message: UpstreamMessageInput) => boolean): UpstreamMessageInput {
  const found = messages.find(predicate);
  if (!found) throw new Error("no message fits the test");
  return found;
}

beforeAll(async () => {
  server = await startEmulatorServer({ seed: 7, count: 4000, now: NOW, slowSearch: false });
  messages = server.emulator.messages;
});
afterAll(() => server.close());

describe("defaults", () => {
  it("searches detections only unless told otherwise", async () => {
    const found = await searchAll(server, { per_page: 1000 });
    expect(found.length).toBeGreaterThan(100);
    expect(found.every((message) => isDetectionDisposition(message.final_disposition) || message.postfix_id === HOSTILE_MESSAGE_IDS.allNulls)).toBe(true);
    const everything = await searchAll(server, ALL);
    expect(everything.some((message) => message.final_disposition === "NONE")).toBe(true);
    expect(everything.length).toBeGreaterThan(found.length);
  });

  it("covers the 30 days before now, and end defaults to now", async () => {
    expect((await searchAll(server, ALL)).length).toBe(messages.length);
    const week = await searchAll(server, { ...ALL, start: iso(NOW.getTime() - 7 * DAY) });
    expect(week.length).toBeGreaterThan(0);
    expect(week.length).toBeLessThan(messages.length);
    expect(week.every((message) => Date.parse(`${message.scanned_at ?? `${message.ts}Z`}`) >= NOW.getTime() - 7 * DAY)).toBe(true);
  });

  it("returns newest first with a default page size", async () => {
    const page = await search(server, ALL);
    const times = page.messages.map((message) => Date.parse(message.scanned_at ?? `${message.ts}Z`));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect((await search(server, { detections_only: false })).messages).toHaveLength(20);
  });
});

describe("query", () => {
  it("matches across fields, case-insensitively, every term", async () => {
    const target = pick((message) => message.final_disposition === "MALICIOUS" && Boolean(message.smtp_helo_server_ip) && Boolean(message.subject));
    const word = (target.subject ?? "").split(" ").find((part) => part.length > 4) ?? "";
    const cases = [target.alert_id, target.from?.toUpperCase(), target.smtp_helo_server_ip, target.message_id, (target.scanned_at ?? "").slice(0, 19), word.toLowerCase(), target.to?.[0]];
    for (const term of cases) {
      expect(ids((await searchAll(server, { ...ALL, query: term ?? "" })))).toContain(target.id);
    }
    const both = await searchAll(server, { ...ALL, query: `${word.toUpperCase()} ${target.smtp_helo_server_ip ?? ""}` });
    expect(ids(both)).toContain(target.id);
    expect((await search(server, { ...ALL, query: `${word} zzqqxnotthere` })).messages).toHaveLength(0);
  });

  it("matches detection reasons, names and attachment hashes", async () => {
    const target = pick((message) => (message.detection_reasons ?? []).some((reason) => reason.includes("registered")));
    expect(ids(await searchAll(server, { ...ALL, query: "registered" }))).toContain(target.id);
    const named = pick((message) => Boolean(message.to_name?.[0]?.includes(" ")));
    expect(ids(await searchAll(server, { ...ALL, query: named.to_name?.[0]?.split(" ")[1] ?? "" }))).toContain(named.id);
    const withFile = pick((message) => message.final_disposition === "MALICIOUS" && /attachment/i.test((message.detection_reasons ?? []).join(" ")));
    const answer = await call(`${accountBase(server)}/investigate/${withFile.id}/detections`);
    const detections = detectionsSchema.parse((answer.json as { result: unknown }).result);
    const md5 = detections.attachments?.[0]?.md5 ?? "";
    expect(md5).toMatch(/^[0-9a-f]{32}$/);
    expect(ids(await searchAll(server, { query: md5.toUpperCase() }))).toEqual([withFile.id]);
  });
});

describe("subject and exact_subject", () => {
  it("finds keywords in any order", async () => {
    const target = pick((message) => /^Invoice INV-\d+ from /.test(message.subject ?? ""));
    const [, number, , ...company] = (target.subject ?? "").split(" ");
    const found = await searchAll(server, { ...ALL, subject: `${company.join(" ").toLowerCase()} ${number ?? ""} invoice` });
    expect(ids(found)).toContain(target.id);
    expect(found.every((message) => /invoice/i.test(message.subject ?? ""))).toBe(true);
    expect((await search(server, { ...ALL, subject: `${number ?? ""} zzqqx` })).messages).toHaveLength(0);
  });

  it("matches the exact subject, case-sensitively", async () => {
    const target = pick((message) => message.final_disposition === "SPAM" && /[a-z]/.test(message.subject ?? ""));
    const subject = target.subject ?? "";
    const found = await searchAll(server, { ...ALL, exact_subject: subject });
    expect(ids(found)).toContain(target.id);
    expect(found.every((message) => message.subject === subject)).toBe(true);
    expect((await search(server, { ...ALL, exact_subject: subject.toUpperCase() })).messages).toHaveLength(0);
    expect((await search(server, { ...ALL, exact_subject: subject.slice(0, -2) })).messages.every((message) => message.subject === subject.slice(0, -2))).toBe(true);
  });
});

describe("sender, recipient and domain", () => {
  it("sender matches an address or a domain and its subdomains", async () => {
    const target = pick((message) => message.from === "newsletters@e.economist.com");
    const byAddress = await searchAll(server, { ...ALL, sender: "NEWSLETTERS@e.economist.com" });
    expect(ids(byAddress)).toContain(target.id);
    expect(byAddress.every((message) => [message.from, message.envelope_from].some((address) => address?.toLowerCase() === "newsletters@e.economist.com"))).toBe(true);
    const byDomain = await searchAll(server, { ...ALL, sender: "economist.com" });
    expect(ids(byDomain)).toContain(target.id);
    expect(byDomain.every((message) => [message.from, message.envelope_from].some((address) => domainOf(address).endsWith("economist.com")))).toBe(true);
    expect((await search(server, { ...ALL, sender: "conomist.com" })).messages).toHaveLength(0);
    expect((await search(server, { ...ALL, sender: "nobody@nowhere.example" })).messages).toHaveLength(0);
  });

  it("recipient matches an address or a domain and its subdomains", async () => {
    const uk = await searchAll(server, { ...ALL, recipient: "uk.acme-corp.com" });
    expect(uk.length).toBeGreaterThan(0);
    expect(uk.every((message) => [...(message.to ?? []), ...(message.envelope_to ?? [])].some((address) => domainOf(address) === "uk.acme-corp.com"))).toBe(true);
    const company = await searchAll(server, { ...ALL, recipient: "acme-corp.com" });
    expect(ids(company)).toEqual(expect.arrayContaining(ids(uk)));
    expect(company.length).toBeGreaterThan(uk.length);
    const person = uk[0]?.to?.find((address) => domainOf(address) === "uk.acme-corp.com") ?? "";
    const byAddress = await searchAll(server, { ...ALL, recipient: person });
    expect(byAddress.every((message) => [...(message.to ?? []), ...(message.envelope_to ?? []), ...(message.client_recipients ?? [])].includes(person))).toBe(true);
    expect((await search(server, { ...ALL, recipient: "someone@uk.acme-corp.co" })).messages).toHaveLength(0);
  });

  it("domain covers sender, recipient and link domains", async () => {
    const target = pick((message) => message.final_disposition === "MALICIOUS" && /ipfs|web\.app|firebaseapp|workers\.dev|googleapis/.test(JSON.stringify(message.findings ?? [])));
    const detections = (await call(`${accountBase(server)}/investigate/${target.id}/detections`)).json as { result: { links: { href: string }[] } };
    const host = new URL(detections.result.links[0]?.href ?? "https://x.invalid").hostname;
    expect([domainOf(target.from), ...(target.to ?? []).map(domainOf)]).not.toContain(host);
    expect(ids(await searchAll(server, { ...ALL, domain: host }))).toContain(target.id);
    expect(ids(await searchAll(server, { ...ALL, domain: domainOf(target.from) }))).toContain(target.id);
    expect((await searchAll(server, { ...ALL, domain: "uk.acme-corp.com" })).length).toBeGreaterThan(0);
    expect((await search(server, { ...ALL, domain: "not-a-domain.example" })).messages).toHaveLength(0);
  });
});

describe("exact filters", () => {
  it("final_disposition filters, MALICIOUS including MALICIOUS-BEC", async () => {
    expect(ids(await searchAll(server, { final_disposition: "SPAM", per_page: 1000 }))).toEqual(ids(messages.filter((message) => message.final_disposition === "SPAM")));
    const malicious = await searchAll(server, { final_disposition: "MALICIOUS", per_page: 1000 });
    expect(new Set(malicious.map((message) => message.final_disposition))).toEqual(new Set(["MALICIOUS", "MALICIOUS-BEC"]));
    expect((await search(server, { final_disposition: "NONE" })).messages).toHaveLength(0);
    expect((await searchAll(server, { ...ALL, final_disposition: "NONE" })).every((message) => message.final_disposition === "NONE")).toBe(true);
  });

  it("message_action maps to the operations", async () => {
    const moved = await searchAll(server, { ...ALL, message_action: "MOVED" });
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((message) => operations(message).includes("MOVE"))).toBe(true);
    expect(moved.length).toBe(messages.filter((message) => operations(message).includes("MOVE")).length);
    const released = await searchAll(server, { ...ALL, message_action: "QUARANTINE_RELEASED" });
    expect(released.every((message) => operations(message).some((operation) => operation === "QUARANTINE_RELEASE" || operation === "RELEASE"))).toBe(true);
    expect((await searchAll(server, { ...ALL, message_action: "SUBMITTED" })).every((message) => operations(message).includes("SUBMISSION"))).toBe(true);
  });

  it("delivery_status, submissions, alert_id, message_id and smtp_helo_ip", async () => {
    const quarantined = await searchAll(server, { ...ALL, delivery_status: "quarantined" });
    expect(quarantined.length).toBeGreaterThan(0);
    expect(quarantined.every((message) => message.delivery_status?.includes("quarantined"))).toBe(true);
    expect(quarantined.some((message) => message.final_disposition === "NONE")).toBe(false);

    const submissions = await searchAll(server, { ...ALL, submissions: true });
    expect(ids(submissions)).toEqual(ids(messages.filter((message) => message.is_phish_submission)));
    expect((await searchAll(server, { ...ALL, submissions: false })).length).toBe(messages.length);

    const target = pick((message) => message.final_disposition === "SPOOF" && Boolean(message.smtp_helo_server_ip));
    expect(ids(await searchAll(server, { ...ALL, alert_id: target.alert_id ?? "" }))).toEqual([target.id]);
    expect((await search(server, { ...ALL, alert_id: (target.alert_id ?? "").slice(0, -1) })).messages).toHaveLength(0);
    expect(ids(await searchAll(server, { ...ALL, message_id: target.message_id ?? "" }))).toEqual([target.id]);
    expect(ids(await searchAll(server, { ...ALL, message_id: (target.message_id ?? "").slice(1, -1) }))).toEqual([target.id]);
    expect((await search(server, { ...ALL, message_id: "<nope@nowhere.example>" })).messages).toHaveLength(0);
    const helo = await searchAll(server, { ...ALL, smtp_helo_ip: target.smtp_helo_server_ip ?? "" });
    expect(ids(helo)).toContain(target.id);
    expect(helo.every((message) => message.smtp_helo_server_ip === target.smtp_helo_server_ip)).toBe(true);
    expect((await search(server, { ...ALL, smtp_helo_ip: (target.smtp_helo_server_ip ?? "").slice(0, -1) })).messages.every((message) => message.smtp_helo_server_ip === (target.smtp_helo_server_ip ?? "").slice(0, -1))).toBe(true);
  });

  it("action_log=false empties the embedded log; metric is ignored", async () => {
    const plain = await search(server, { ...ALL, per_page: 200 });
    expect(plain.messages.some((message) => Array.isArray(message.action_log) && message.action_log.length > 0)).toBe(true);
    const stripped = await search(server, { ...ALL, per_page: 200, action_log: false });
    expect(stripped.messages.every((message) => Array.isArray(message.action_log) && message.action_log.length === 0)).toBe(true);
    expect(ids((await search(server, { ...ALL, per_page: 200, metric: "sender" })).messages)).toEqual(ids(plain.messages));
  });
});

describe("invalid input answers 400 in Cloudflare's envelope", () => {
  it.each([
    [{ per_page: 0 }, "per_page"],
    [{ per_page: 1001 }, "per_page"],
    [{ per_page: "ten" }, "per_page"],
    [{ per_page: "1e2" }, "per_page"],
    [{ start: iso(Date.now() + 10 * DAY) }, "start"],
    [{ start: iso(NOW.getTime()), end: iso(NOW.getTime() - DAY) }, "start"],
    [{ start: "yesterday" }, "start"],
    [{ detections_only: "maybe" }, "detections_only"],
    [{ final_disposition: "EVIL" }, "final_disposition"],
    [{ message_action: "DELETED" }, "message_action"],
    [{ cursor: "not-a-cursor" }, "cursor"],
    // Past its end of life (2026-11-01): cursors only.
    [{ page: "7" }, "page"],
    // A name Cloudflare does not know: the emulator refuses what Cloudflare would quietly ignore.
    [{ sender_address: "a@b.example" }, "sender_address"],
    [{ delivery_status: "DELIVERED" }, "delivery_status"],
  ])("%j", async (params, field) => {
    const answer = await call(searchUrl(server, params as Record<string, string>));
    expect(answer.status).toBe(400);
    expect(errorCodes(answer)).toContain(1400);
    expect(answer.text).toContain(field);
  });
});
