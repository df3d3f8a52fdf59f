import { InfiniteQueryObserver, QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { searchFromQuery } from "@/lib/search-url/search-url";
import { messageKeys } from "./message-keys";
import { MAX_LOADED_ROWS, searchMessagesOptions } from "./messages";

afterEach(() => vi.unstubAllGlobals());

const page = (ids: string[], next: string | null) => ({
  messages: ids.map((id) => ({
    id, postfix_id: id, alert_id: null, message_id: null, subject: null, from: null, from_name: null, replyto: null,
    envelope_from: null, envelope_to: [], to: [], to_name: [], client_recipients: [], final_disposition: null,
    detection_reasons: [], threat_categories: [], is_quarantined: false, is_phish_submission: false, delivery_mode: null,
    delivery_status: [], post_delivery_operations: [], postfix_id_outbound: null, scanned_at: null, sent_at: null,
    validation: { comment: null, dkim: null, dmarc: null, spf: null },
    properties: { allowlisted_pattern: null, allowlisted_pattern_type: null, blocklisted_message: null, blocklisted_pattern: null, whitelisted_pattern_type: null },
    edf_hash: null, htmltext_structure_hash: null, smtp_helo_server_ip: null, smtp_previous_hop_ip: null, x_originating_ip: null,
    findings: [], action_log: [], extra: {},
  })),
  next,
});

describe("searchMessagesOptions", () => {
  it("keys a relative search by its URL and pins every page of a run to one window", async () => {
    const urls: string[] = [];
    vi.stubGlobal("fetch", async (url: string) => {
      urls.push(url);
      const body = urls.length === 1 ? page(["a", "b"], "c1") : page(["c"], null);
      return new Response(JSON.stringify(body), { status: 200 });
    });
    const search = searchFromQuery(new URLSearchParams("range=24h&query=x"));
    const options = searchMessagesOptions(search);
    expect(options.queryKey).toEqual(messageKeys.search("query=x&range=24h"));
    expect(options.queryKey.at(-1)).toBe("query=x&range=24h");

    const observer = new InfiniteQueryObserver(new QueryClient(), options);
    await observer.refetch();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const result = await observer.fetchNextPage();
    expect(result.hasNextPage).toBe(false);
    expect((result.data?.pages ?? []).flatMap((p) => p.rows.map((row) => row.id))).toEqual(["a", "b", "c"]);

    const [first, second] = urls.map((url) => new URL(url, "http://x").searchParams);
    expect(second?.get("cursor")).toBe("c1");
    expect(second?.get("start")).toBe(first?.get("start"));
    expect(second?.get("end")).toBe(first?.get("end"));
    expect(first?.has("range")).toBe(false);
  });

  it("stops asking for pages at the cap", () => {
    const options = searchMessagesOptions(searchFromQuery(new URLSearchParams()));
    const run = { ranAt: "2026-06-01T00:00:00.000Z", window: null };
    const full = { rows: new Array(MAX_LOADED_ROWS).fill(null), next: "more", run, answerAgeSeconds: null };
    const partial = { rows: [], next: "more", run, answerAgeSeconds: null };
    const first = { cursor: null, run: null };
    expect(options.getNextPageParam(partial, [partial], first, [first])).toEqual({ cursor: "more", run });
    expect(options.getNextPageParam(full, [full], first, [first])).toBeUndefined();
  });
});
