import { describe, expect, it, vi } from "vitest";
import { abortableSleep, fetchResultPage } from "./fetch-result-page";
import { ApiRequestError } from "./api-request-error";

const message = (id: string) => ({
  id, postfix_id: id, alert_id: null, message_id: null, subject: "s", from: "a@b.c", from_name: null, replyto: null,
  envelope_from: null, envelope_to: [], to: ["x@y.z"], to_name: [], client_recipients: [], final_disposition: "SPAM",
  detection_reasons: [], threat_categories: [], is_quarantined: false, is_phish_submission: false, delivery_mode: null,
  delivery_status: [], post_delivery_operations: [], postfix_id_outbound: null, scanned_at: "2026-06-01T00:00:00.000Z",
  sent_at: null, validation: { comment: null, dkim: "pass", dmarc: "pass", spf: "pass" },
  properties: { allowlisted_pattern: null, allowlisted_pattern_type: null, blocklisted_message: null, blocklisted_pattern: null, whitelisted_pattern_type: null },
  edf_hash: null, htmltext_structure_hash: null, smtp_helo_server_ip: null, smtp_previous_hop_ip: null, x_originating_ip: null,
  findings: [], action_log: [], extra: { big: "x".repeat(100) },
});

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

const pending = (location: string) => ({ status: "pending", startedAt: "2026-06-01T00:00:00.000Z", location, retryAfterSeconds: 2 });

describe("fetchResultPage", () => {
  it("follows 202 answers to the rows and reports each wait", async () => {
    const fetchImpl = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(json(202, pending("/api/searches/a")))
      .mockResolvedValueOnce(json(202, pending("/api/searches/b")))
      .mockResolvedValueOnce(json(200, { messages: [message("m1")], next: "c2" }));
    const sleep = vi.fn(async () => {});
    const onPending = vi.fn();
    const page = await fetchResultPage(new URLSearchParams("query=x"), { fetchImpl, sleep, onPending });
    expect(fetchImpl.mock.calls.map(([url]) => url)).toEqual(["/api/messages?query=x", "/api/searches/a", "/api/searches/b"]);
    expect(onPending).toHaveBeenCalledTimes(2);
    expect(sleep).toHaveBeenCalledWith(2000, undefined);
    expect(page.next).toBe("c2");
    expect(page.rows[0]).not.toHaveProperty("extra");
    expect(page.rows[0]?.id).toBe("m1");
  });

  it("waits as long as the server says between polls, up to 30 s, as its polls back off with the search's age", async () => {
    const later = (seconds: number) => json(202, { ...pending("/api/searches/a"), retryAfterSeconds: seconds });
    const fetchImpl = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(later(25))
      .mockResolvedValueOnce(later(600))
      .mockResolvedValueOnce(json(200, { messages: [], next: null }));
    const waits: number[] = [];
    await fetchResultPage(new URLSearchParams(), { fetchImpl, sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([25_000, 30_000]);
  });

  it("puts a row for each result that cannot be shown in its place, keyed by its place, not its id", async () => {
    const unreadable = [
      { index: 0, id: "m1", reason: "odd" },
      { index: 2, id: null, reason: "too large" },
      { index: 4, id: "tail", reason: "odd" },
    ];
    const fetchImpl = vi.fn<typeof fetch>().mockResolvedValueOnce(json(200, { messages: [message("m1"), message("m2")], unreadable, next: null }));
    const page = await fetchResultPage(new URLSearchParams("cursor=c7"), { fetchImpl });
    expect(page.rows.map((row) => [row.id, row.unreadable?.reason ?? null])).toEqual([
      ["unreadable:c7:0", "odd"],
      ["m1", null],
      ["unreadable:c7:2", "too large"],
      ["m2", null],
      ["unreadable:c7:4", "odd"],
    ]);
    expect(page.rows[0]?.unreadable?.id).toBe("m1");
  });

  it("stops polling when cancelled", async () => {
    const controller = new AbortController();
    const fetchImpl = vi.fn<typeof fetch>().mockResolvedValue(json(202, pending("/api/searches/a")));
    const result = fetchResultPage(new URLSearchParams(), { fetchImpl, signal: controller.signal });
    await vi.waitFor(() => expect(fetchImpl).toHaveBeenCalledTimes(1));
    controller.abort();
    await expect(result).rejects.toThrow();
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it("passes on the API's error with Cloudflare's messages and the wait of a 429", async () => {
    const body = { error: { code: "rate_limited", message: "Rate limit reached.", upstream: [{ code: 971, message: "Too many" }], retryAfterSeconds: 120 } };
    const fetchImpl = vi.fn<typeof fetch>().mockResolvedValue(json(429, body, { "Retry-After": "120" }));
    const error = await fetchResultPage(new URLSearchParams(), { fetchImpl }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiRequestError);
    const searchError = error as ApiRequestError;
    expect([searchError.status, searchError.code, searchError.message]).toEqual([429, "rate_limited", "Rate limit reached."]);
    expect(searchError.upstreamMessages).toEqual(["Too many"]);
    expect(searchError.details.retryAfterSeconds).toBe(120);
  });

  it("describes an answer that is not our error shape", async () => {
    const fetchImpl = vi.fn<typeof fetch>().mockResolvedValue(new Response("<html>bad gateway</html>", { status: 502, statusText: "Bad Gateway" }));
    const error = (await fetchResultPage(new URLSearchParams(), { fetchImpl }).catch((caught: unknown) => caught)) as ApiRequestError;
    expect(error.message).toBe("The dashboard's server answered 502 Bad Gateway.");
    expect(error.code).toBe("upstream_failed");
  });

  it("refuses a 200 that is not a page of messages", async () => {
    const fetchImpl = vi.fn<typeof fetch>().mockResolvedValue(json(200, { messages: [{ id: 1 }] }));
    await expect(fetchResultPage(new URLSearchParams(), { fetchImpl })).rejects.toThrow(/cannot read/);
  });
});

describe("abortableSleep", () => {
  it("rejects at once when already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(abortableSleep(10_000, controller.signal)).rejects.toThrow();
  });
});
